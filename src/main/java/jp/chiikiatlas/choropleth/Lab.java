package jp.chiikiatlas.choropleth;

import java.awt.Color;

/** CIELAB (D65) conversions: interpolating there keeps lightness steps even, unlike sRGB. */
record Lab(double l, double a, double b) {
    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;

    static Lab of(Color c) {
        double r = linear(c.getRed() / 255.0);
        double g = linear(c.getGreen() / 255.0);
        double bl = linear(c.getBlue() / 255.0);
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * bl;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * bl;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * bl;
        double fx = f(x / XN);
        double fy = f(y / YN);
        double fz = f(z / ZN);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    Color toColor() {
        double fy = (l + 16) / 116;
        double fx = fy + a / 500;
        double fz = fy - b / 200;
        double x = XN * fInv(fx);
        double y = YN * fInv(fy);
        double z = ZN * fInv(fz);
        double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return new Color(channel(r), channel(g), channel(bl));
    }

    double distance(Lab o) {
        return Math.sqrt((l - o.l) * (l - o.l) + (a - o.a) * (a - o.a) + (b - o.b) * (b - o.b));
    }

    Lab mix(Lab o, double t) {
        return new Lab(l + (o.l - l) * t, a + (o.a - a) * t, b + (o.b - b) * t);
    }

    static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int channel(double linear) {
        double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double fInv(double t) {
        double t3 = t * t * t;
        return t3 > 216.0 / 24389 ? t3 : (116 * t - 16) / (24389.0 / 27);
    }
}

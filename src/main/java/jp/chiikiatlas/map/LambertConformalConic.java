package jp.chiikiatlas.map;

import java.awt.geom.Point2D;

/**
 * Lambert conformal conic projection with two standard parallels on the GRS80 ellipsoid
 * (Snyder, "Map Projections — A Working Manual", 1987, eqs. 15-1 … 15-11). Conformal, so shapes
 * look right, and with parallels at 33° and 44° the scale error over Japan stays within about 1 %.
 * Output is in metres, x east and y north of the origin (central meridian, origin latitude).
 */
public final class LambertConformalConic {
    /** GRS80 semi-major axis, metres (JGD2011 uses GRS80). */
    public static final double GRS80_A = 6_378_137.0;
    /** GRS80 flattening. */
    public static final double GRS80_F = 1 / 298.257222101;

    /** The projection used for every map of Japan: parallels 33° and 44°, meridian 136°, origin 38°N. */
    public static final LambertConformalConic JAPAN = new LambertConformalConic(33, 44, 38, 136);

    private final double a;
    private final double e;
    private final double n;
    private final double aF;
    private final double rho0;
    private final double lambda0;

    public LambertConformalConic(double parallel1, double parallel2, double originLatitude, double centralMeridian) {
        this(GRS80_A, GRS80_F, parallel1, parallel2, originLatitude, centralMeridian);
    }

    public LambertConformalConic(double semiMajorAxis, double flattening, double parallel1, double parallel2,
                                 double originLatitude, double centralMeridian) {
        this.a = semiMajorAxis;
        this.e = Math.sqrt(flattening * (2 - flattening));
        double phi1 = Math.toRadians(parallel1);
        double phi2 = Math.toRadians(parallel2);
        double m1 = m(phi1);
        double m2 = m(phi2);
        double t1 = t(phi1);
        double t2 = t(phi2);
        this.n = parallel1 == parallel2 ? Math.sin(phi1) : (Math.log(m1) - Math.log(m2)) / (Math.log(t1) - Math.log(t2));
        this.aF = a * m1 / (n * Math.pow(t1, n));
        this.rho0 = aF * Math.pow(t(Math.toRadians(originLatitude)), n);
        this.lambda0 = Math.toRadians(centralMeridian);
    }

    /** Projects longitude/latitude in degrees to metres; the result is written into {@code out}. */
    public Point2D.Double project(double longitude, double latitude, Point2D.Double out) {
        double phi = Math.toRadians(latitude);
        double rho = aF * Math.pow(t(phi), n);
        double theta = n * (Math.toRadians(longitude) - lambda0);
        out.x = rho * Math.sin(theta);
        out.y = rho0 - rho * Math.cos(theta);
        return out;
    }

    public Point2D.Double project(double longitude, double latitude) {
        return project(longitude, latitude, new Point2D.Double());
    }

    /** Inverse: metres to longitude (x) and latitude (y) in degrees. */
    public Point2D.Double unproject(double x, double y) {
        double dy = rho0 - y;
        double rho = Math.copySign(Math.hypot(x, dy), n);
        double theta = n > 0 ? Math.atan2(x, dy) : Math.atan2(-x, -dy);
        double t = Math.pow(rho / aF, 1 / n);
        double phi = Math.PI / 2 - 2 * Math.atan(t);
        for (int i = 0; i < 15; i++) { // converges to 1e-12 rad in about 5 steps
            double es = e * Math.sin(phi);
            double next = Math.PI / 2 - 2 * Math.atan(t * Math.pow((1 - es) / (1 + es), e / 2));
            if (Math.abs(next - phi) < 1e-13) {
                phi = next;
                break;
            }
            phi = next;
        }
        return new Point2D.Double(Math.toDegrees(theta / n + lambda0), Math.toDegrees(phi));
    }

    /** Point scale factor along the parallel of {@code latitude} (1 on the standard parallels). */
    public double scaleFactor(double latitude) {
        double phi = Math.toRadians(latitude);
        return aF * Math.pow(t(phi), n) * n / (a * m(phi));
    }

    public double coneConstant() {
        return n;
    }

    private double m(double phi) {
        double es = e * Math.sin(phi);
        return Math.cos(phi) / Math.sqrt(1 - es * es);
    }

    private double t(double phi) {
        double es = e * Math.sin(phi);
        return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - es) / (1 + es), e / 2);
    }
}

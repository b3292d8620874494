package jp.chiikiatlas.map;

/** Douglas–Peucker line simplification on pixel coordinates (iterative, no recursion depth limit). */
final class DouglasPeucker {
    private DouglasPeucker() {
    }

    /** Which points to keep so the line stays within {@code tolerance} of the original; ends always kept. */
    static boolean[] keep(double[] xs, double[] ys, double tolerance) {
        int n = xs.length;
        boolean[] keep = new boolean[n];
        if (n == 0) {
            return keep;
        }
        keep[0] = true;
        keep[n - 1] = true;
        double tol2 = tolerance * tolerance;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            double ax = xs[first];
            double ay = ys[first];
            double dx = xs[last] - ax;
            double dy = ys[last] - ay;
            double len2 = dx * dx + dy * dy;
            double worst = -1;
            int worstIndex = -1;
            for (int i = first + 1; i < last; i++) {
                double d2 = distanceSquared(xs[i] - ax, ys[i] - ay, dx, dy, len2);
                if (d2 > worst) {
                    worst = d2;
                    worstIndex = i;
                }
            }
            if (worstIndex >= 0 && worst > tol2) {
                keep[worstIndex] = true;
                stack[top++] = first;
                stack[top++] = worstIndex;
                stack[top++] = worstIndex;
                stack[top++] = last;
            }
        }
        return keep;
    }

    /** Squared distance from point (px, py) (relative to the segment start) to the segment (dx, dy). */
    private static double distanceSquared(double px, double py, double dx, double dy, double len2) {
        if (len2 == 0) {
            return px * px + py * py;
        }
        double t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        double ex = px - t * dx;
        double ey = py - t * dy;
        return ex * ex + ey * ey;
    }
}

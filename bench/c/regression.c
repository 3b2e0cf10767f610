/* Plain C baseline for `gradient-lab regression --generate N --seed S ... --reduction mean --optimizer gd`:
 * java.util.Random's generator and the data of LinearDataGenerator (y = 1 + 2x + 0.25*(u1+...+u12 - 6)),
 * then full-batch descent of SPEC section 4 with the loss checked on every row and a CSV row every
 * K steps. Build: gcc -O2 -ffp-contract=off -o regression regression.c
 * Run:   ./regression N SEED W0 W1 LR STEPS EVERY */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t seed;
static int next(int bits) {
    seed = (seed * 0x5DEECE66DULL + 0xBULL) & ((1ULL << 48) - 1);
    return (int) (int64_t) (seed >> (48 - bits));
}
static double next_double(void) {
    /* Two statements: C leaves the order of the two draws in one expression open. */
    int64_t high = next(26);
    int64_t low = next(27);
    return (double) ((high << 27) + low) * 0x1.0p-53;
}

int main(int argc, char **argv) {
    if (argc != 8) { fprintf(stderr, "usage: regression N SEED W0 W1 LR STEPS EVERY\n"); return 2; }
    int n = atoi(argv[1]);
    seed = ((uint64_t) atoll(argv[2]) ^ 0x5DEECE66DULL) & ((1ULL << 48) - 1);
    double w0 = atof(argv[3]), w1 = atof(argv[4]), lr = atof(argv[5]);
    long steps = atol(argv[6]), every = atol(argv[7]);
    double *x = malloc(sizeof(double) * n), *y = malloc(sizeof(double) * n);
    for (int i = 0; i < n; i++) {
        x[i] = 0 + (1 - 0) * next_double();
        double u = 0;
        for (int k = 0; k < 12; k++) u += next_double();
        y[i] = 1 + 2 * x[i] + 0.25 * (u - 6);
    }
    printf("step,w0,w1,loss\n");
    for (long k = 0;; k++) {
        double sr = 0, srx = 0, srr = 0;
        for (int j = 0; j < n; j++) {
            double xj = x[j], r = y[j] - (w0 + w1 * xj);
            sr += r; srx += r * xj; srr += r * r;
        }
        double loss = srr / 2 / n;
        if (!(isfinite(w0) && isfinite(w1) && isfinite(loss))) { fprintf(stderr, "diverged at step %ld\n", k); return 3; }
        if (k % every == 0 || k == steps) printf("%ld,%.17g,%.17g,%.17g\n", k, w0, w1, loss);
        if (k == steps) break;
        double g0 = -(sr / n), g1 = -(srx / n);
        w0 = w0 - lr * g0; w1 = w1 - lr * g1;
    }
    return 0;
}

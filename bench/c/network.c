/* Plain C baseline for `gradient-lab network --x X --y Y ... --cost mse --optimizer gd`:
 * the arithmetic of SPEC section 3 in SPEC's order, the divergence check of section 5 on every
 * row, and a CSV row every K steps. Build: gcc -O2 -ffp-contract=off -o network network.c -lm
 * Run:   ./network X Y W1 B1 W2 B2 LR STEPS EVERY */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double sigmoid(double z) { return 1 / (1 + exp(-z)); }

int main(int argc, char **argv) {
    if (argc != 10) { fprintf(stderr, "usage: network X Y W1 B1 W2 B2 LR STEPS EVERY\n"); return 2; }
    double x = atof(argv[1]), y = atof(argv[2]);
    double w1 = atof(argv[3]), b1 = atof(argv[4]), w2 = atof(argv[5]), b2 = atof(argv[6]);
    double lr = atof(argv[7]);
    long steps = atol(argv[8]), every = atol(argv[9]);
    printf("step,w1,b1,w2,b2,z1,a1,z2,yhat,cost,delta2,delta1,dw1,db1,dw2,db2\n");
    for (long k = 0;; k++) {
        double z1 = w1 * x + b1, a1 = sigmoid(z1);
        double z2 = w2 * a1 + b2, yhat = sigmoid(z2);
        double cost = (yhat - y) * (yhat - y) / 2;
        double delta2 = (yhat - y) * yhat * (1 - yhat);
        double delta1 = delta2 * w2 * a1 * (1 - a1);
        double dw2 = delta2 * a1, db2 = delta2, dw1 = delta1 * x, db1 = delta1;
        if (!(isfinite(w1) && isfinite(b1) && isfinite(w2) && isfinite(b2) && isfinite(z1) && isfinite(a1)
              && isfinite(z2) && isfinite(yhat) && isfinite(cost) && isfinite(delta2) && isfinite(delta1)
              && isfinite(dw1) && isfinite(db1) && isfinite(dw2) && isfinite(db2))) {
            fprintf(stderr, "diverged at step %ld\n", k);
            return 3;
        }
        if (k % every == 0 || k == steps) {
            printf("%ld,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\n",
                   k, w1, b1, w2, b2, z1, a1, z2, yhat, cost, delta2, delta1, dw1, db1, dw2, db2);
        }
        if (k == steps) break;
        w1 = w1 - lr * dw1; b1 = b1 - lr * db1; w2 = w2 - lr * dw2; b2 = b2 - lr * db2;
    }
    return 0;
}

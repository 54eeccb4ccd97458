/**
 * JMH microbenchmarks of Tandem's computations, run with {@code bench/jmh.sh} (see {@code bench/README.md}).
 * The health index's (one incremental update; a full recompute of a partnership with a year of history)
 * join them when the health module lands.
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.bench.jmh;

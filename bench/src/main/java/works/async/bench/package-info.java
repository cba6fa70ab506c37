/** JMH benchmarks; run from bench/target/benchmarks.jar, never as part of the test run. */
package works.async.bench;

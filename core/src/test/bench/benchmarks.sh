#!/usr/bin/env bash
# Measures each performance target of DESIGN.md ("Quality bar") side by side with its baseline on this machine, then
# prints every ratio against its target. Run from the repository root:
#
#   bash core/src/test/bench/benchmarks.sh
#
# It runs, in order:
#   mvn -B -q -DskipTests install                                      (core, and examples/target/chassis-check.jar)
#   mvn -B -q -Pbench -pl core test-compile exec:exec -Dbench.arguments="<JMH options> -rf json -rff ..."
#                                                                       (the JMH benchmarks of core/src/test/bench/java)
#   java -jar examples/target/chassis-check.jar examples/specs/bus-16t.json, timed against a JVM printing one line.
#
# Results: core/target/bench/jmh.json (JMH), jmh.log (JMH's own output), startup.json (start-up medians).
# Settings: JMH_OPTIONS (default "-f 1 -wi 8 -w 1s -i 5 -r 1s"), STARTUP_RUNS (timed runs per variant, default 10).
# Exit status: 0 when everything ran, whether or not each target is met (the table says); non-zero when something
# failed to build or run.
set -euo pipefail

# One line per JMH target: what is compared | library benchmark | baseline benchmark | rule | target ratio.
# "at-most N": library time ÷ baseline time ≤ N.  "faster N": baseline time ÷ library time ≥ N.
# A new pair is one more line here; every class in io.github.chassisspec.bench ending in Benchmark is run.
JMH_TARGETS=(
    "headline checks: full evaluate ÷ raw doubles|HeadlineChecksBenchmark.libraryEvaluate|HeadlineChecksBenchmark.rawDoubles|at-most|10"
    "headline checks: physics only ÷ raw doubles|HeadlineChecksBenchmark.libraryPhysics|HeadlineChecksBenchmark.rawDoubles|at-most|10"
    "headline checks: Indriya ÷ full evaluate|HeadlineChecksBenchmark.libraryEvaluate|HeadlineChecksBenchmark.indriyaQuantities|faster|25"
    "headline checks: Indriya ÷ physics only|HeadlineChecksBenchmark.libraryPhysics|HeadlineChecksBenchmark.indriyaQuantities|faster|25"
    "read+validate+evaluate ÷ Jackson readTree|ReadValidateEvaluateBenchmark.readValidateEvaluate|ReadValidateEvaluateBenchmark.jacksonReadTree|at-most|3"
    "sweep of 1,000,000 variants ÷ raw doubles|SweepBenchmark.library|SweepBenchmark.rawDoubles|at-most|2"
)
# chassis-check start-up ÷ a JVM printing one line must stay within this.
STARTUP_TARGET=8

# Eight warm-up seconds: reading and evaluating a sheet is still being compiled after five.
JMH_OPTIONS=${JMH_OPTIONS:-"-f 1 -wi 8 -w 1s -i 5 -r 1s"}
STARTUP_RUNS=${STARTUP_RUNS:-10}
STARTUP_WARMUPS=2

started=$SECONDS
root=$(pwd)
if [ ! -f "$root/core/src/test/bench/benchmarks.sh" ] || [ ! -f "$root/examples/specs/bus-16t.json" ]; then
    echo "benchmarks.sh: run me from the repository root: bash core/src/test/bench/benchmarks.sh" >&2
    exit 2
fi
results="$root/core/target/bench"
spec="examples/specs/bus-16t.json"
# The benchmarks find examples/specs through this property (ExampleFiles), whatever their working directory.
specs_property="chassisspec.bench.specs"
jar="examples/target/chassis-check.jar"

echo "== building (mvn -B -q -DskipTests install)"
# Debian's Maven prints colour resets on standard error even in batch mode; keep them out of the report.
mvn -B -q -DskipTests install 2>&1 | sed -u 's/\x1b\[0m//g'
mkdir -p "$results"

echo "== JMH ($JMH_OPTIONS); its output goes to core/target/bench/jmh.log"
rm -f "$results/jmh.json"
# -foe: a benchmark whose setup fails (its paths disagree) fails the run instead of leaving a gap in the table.
if ! mvn -B -q -Pbench -pl core test-compile exec:exec \
        -Dbench.arguments="$JMH_OPTIONS -foe true -rf json -rff \"$results/jmh.json\" -jvmArgsAppend \"-D$specs_property=$root/examples/specs\" io.github.chassisspec.bench..*Benchmark" \
        2>&1 | tee "$results/jmh.log" | awk '/^# Benchmark:/ { print "  running " $3; fflush() }'; then
    echo "benchmarks.sh: JMH failed; the end of core/target/bench/jmh.log:" >&2
    tail -n 40 "$results/jmh.log" >&2
    exit 1
fi
if [ ! -s "$results/jmh.json" ]; then
    echo "benchmarks.sh: JMH wrote no results; see core/target/bench/jmh.log" >&2
    exit 1
fi
# JMH's own summary, with the error bars.
sed -n '/^Benchmark  /,$p' "$results/jmh.log" | sed 's/\x1b\[0m//g' | grep -v '^\s*$' || true

echo "== start-up ($STARTUP_WARMUPS warm-up and $STARTUP_RUNS timed runs each)"
hello="core/target/bench/hello"
mkdir -p "$hello"
# A compiled class, not a single-file source launch, which would time javac too.
printf 'public class Hello {\n    public static void main(String[] arguments) {\n        System.out.println("hello");\n    }\n}\n' \
    >"$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"
archive="core/target/bench/chassis-check.jsa"
rm -f "$archive"
# AppCDS: one training run dumps the classes it loaded; later runs map them.
java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" "$spec" >/dev/null 2>"$results/appcds-training.log"

python3 - "$results/startup.json" "$STARTUP_WARMUPS" "$STARTUP_RUNS" \
    "JVM printing one line|java -cp $hello Hello" \
    "chassis-check|java -jar $jar $spec" \
    "chassis-check, -XX:TieredStopAtLevel=1 -Xshare:auto|java -XX:TieredStopAtLevel=1 -Xshare:auto -jar $jar $spec" \
    "chassis-check, AppCDS archive|java -XX:SharedArchiveFile=$archive -jar $jar $spec" \
    "chassis-check, AppCDS archive and C1 only|java -XX:SharedArchiveFile=$archive -XX:TieredStopAtLevel=1 -jar $jar $spec" \
    <<'PYTHON'
# Wall time of each command: median of the timed runs after the warm-ups; a failing run fails the script.
import json, statistics, subprocess, sys, time
output, warmups, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
medians = {}
for variant in sys.argv[4:]:
    label, command = variant.split("|", 1)
    times = []
    for run in range(warmups + runs):
        start = time.perf_counter()
        completed = subprocess.run(command.split(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if completed.returncode != 0:
            sys.exit(f"benchmarks.sh: '{command}' exited with {completed.returncode}: "
                     + completed.stderr.decode(errors="replace")[-500:])
        if run >= warmups:
            times.append(elapsed * 1e3)
    medians[label] = statistics.median(times)
    print(f"  {label}: median {medians[label]:.0f} ms (min {min(times):.0f}, max {max(times):.0f})")
with open(output, "w") as file:
    json.dump(medians, file, indent=2)
PYTHON

echo
echo "== machine"
echo "  cores: $(nproc)"
echo "  CPU:   $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "  java:  $(java -version 2>&1 | head -n 1)"
echo "  spec sheet: $spec, $(wc -c <"$spec") bytes"
echo

python3 - "$results/jmh.json" "$results/startup.json" "$STARTUP_TARGET" "${JMH_TARGETS[@]}" <<'PYTHON'
# The table: each target with the library's and the baseline's figure, their ratio and whether it meets the target.
import json, sys
jmh_file, startup_file, startup_target = sys.argv[1], sys.argv[2], float(sys.argv[3])
NANOSECONDS = {"ns/op": 1.0, "us/op": 1e3, "µs/op": 1e3, "ms/op": 1e6, "s/op": 1e9}
scores = {}
for entry in json.load(open(jmh_file)):
    name = ".".join(entry["benchmark"].split(".")[-2:])
    metric = entry["primaryMetric"]
    factor = NANOSECONDS[metric["scoreUnit"]]
    # JMH writes "NaN" as the error of a single iteration.
    error = float(metric["scoreError"])
    scores[name] = (float(metric["score"]) * factor, error * factor if error == error else 0.0)

def number(value):
    # Three significant digits without switching to exponents: 2.57, 25.7, 257, 2570.
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 100 else f"{value:.0f}"

def duration(nanoseconds, error):
    for unit, size in (("s", 1e9), ("ms", 1e6), ("µs", 1e3), ("ns", 1.0)):
        if nanoseconds >= size or unit == "ns":
            return f"{number(nanoseconds / size)} ± {number(error / size)} {unit}"

rows = []
missing = []
for line in sys.argv[4:]:
    label, library, baseline, rule, target = line.split("|")
    if library not in scores or baseline not in scores:
        missing.append(library if library not in scores else baseline)
        continue
    (library_ns, library_error), (baseline_ns, baseline_error) = scores[library], scores[baseline]
    target = float(target)
    if rule == "at-most":
        ratio, met, wanted = library_ns / baseline_ns, library_ns / baseline_ns <= target, f"≤ {target:g}×"
    else:
        ratio, met, wanted = baseline_ns / library_ns, baseline_ns / library_ns >= target, f"≥ {target:g}×"
    rows.append((label, duration(library_ns, library_error), duration(baseline_ns, baseline_error),
                 f"{number(ratio)}×", wanted, "MET" if met else "MISSED"))

startup = json.load(open(startup_file))
hello_label = "JVM printing one line"
hello_ms = startup.pop(hello_label)
for label, milliseconds in startup.items():
    ratio = milliseconds / hello_ms
    rows.append((f"start-up: {label} ÷ {hello_label}", f"{milliseconds:.0f} ms", f"{hello_ms:.0f} ms",
                 f"{number(ratio)}×", f"≤ {startup_target:g}×", "MET" if ratio <= startup_target else "MISSED"))

header = ("target", "library", "baseline", "ratio", "target ratio", "result")
widths = [max(len(row[column]) for row in rows + [header]) for column in range(len(header))]
for row in [header] + rows:
    print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
if missing:
    sys.exit("benchmarks.sh: no JMH result for " + ", ".join(missing))
PYTHON

echo
echo "JMH settings: $JMH_OPTIONS; start-up: median of $STARTUP_RUNS runs after $STARTUP_WARMUPS warm-ups"
echo "took $((SECONDS - started)) s"

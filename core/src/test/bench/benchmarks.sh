#!/usr/bin/env bash
# Measures each performance target of DESIGN.md ("Quality bar") side by side with its baseline on this machine, then
# prints every ratio against its target. Run from the repository root:
#
#   bash core/src/test/bench/benchmarks.sh
#
# It runs, in order:
#   mvn -B -q -DskipTests install                                      (core, and examples/target/chassis-check.jar)
#   ROUNDS times: mvn -B -q -Pbench -pl core test-compile exec:exec -Dbench.arguments="<JMH options> -rf json ..."
#                                                                       (the JMH benchmarks of core/src/test/bench/java)
#   examples/chassis-check (and plain java -jar) on the README's main job, timed against a JVM printing one line,
#   the variants taking turns run by run.
#
# A shared machine's speed drifts by a fifth or more within minutes, and JMH measures a benchmark minutes after its
# baseline. So each round measures every pair once, a pair's ratio is worked out within each round, and the target
# is judged on the median of the rounds' ratios; the table shows each round's ratio as well.
#
# Results: core/target/bench/jmh-round-N.json (JMH, one per round), jmh.log (JMH's own output), startup.json
# (start-up medians).
# Settings: ROUNDS (default 3), JMH_OPTIONS (per round, default "-f 1 -wi 8 -w 1s -i 5 -r 1s"), STARTUP_RUNS (timed
# runs per variant, default 10).
# Exit status: 0 when everything ran, whether or not each target is met (the table says); non-zero when something
# failed to build or run.
set -euo pipefail

# One line per JMH target: what is compared | library benchmark | baseline benchmark | rule | target ratio.
# "at-most N": library time ÷ baseline time ≤ N.  "faster N": baseline time ÷ library time ≥ N.  "info": no target,
# shown for comparison.
# A new pair is one more line here; every class in io.github.chassisspec.bench ending in Benchmark is run.
JMH_TARGETS=(
    "headline checks: verdict and capability ÷ raw doubles|HeadlineChecksBenchmark.libraryVerdictAndCapability|HeadlineChecksBenchmark.rawDoubles|at-most|10"
    "headline checks: Indriya ÷ verdict and capability|HeadlineChecksBenchmark.libraryVerdictAndCapability|HeadlineChecksBenchmark.indriyaQuantities|faster|25"
    "headline checks: physics only ÷ raw doubles|HeadlineChecksBenchmark.libraryPhysics|HeadlineChecksBenchmark.rawDoubles|at-most|10"
    "headline checks: Indriya ÷ physics only|HeadlineChecksBenchmark.libraryPhysics|HeadlineChecksBenchmark.indriyaQuantities|faster|25"
    "headline checks with what it would take ÷ raw doubles|HeadlineChecksBenchmark.libraryEvaluate|HeadlineChecksBenchmark.rawDoubles|info|0"
    "read+validate+evaluate ÷ Jackson readTree|ReadValidateEvaluateBenchmark.readValidateEvaluate|ReadValidateEvaluateBenchmark.jacksonReadTree|at-most|3"
    "read+validate+evaluate with what it would take ÷ Jackson readTree|ReadValidateEvaluateBenchmark.readValidateEvaluateFull|ReadValidateEvaluateBenchmark.jacksonReadTree|info|0"
    "sweep of 1,000,000 variants ÷ raw doubles|SweepBenchmark.library|SweepBenchmark.rawDoubles|at-most|2"
)
# chassis-check start-up ÷ a JVM printing one line must stay within this.
STARTUP_TARGET=8

# Eight warm-up seconds: reading and evaluating a sheet is still being compiled after five.
JMH_OPTIONS=${JMH_OPTIONS:-"-f 1 -wi 8 -w 1s -i 5 -r 1s"}
ROUNDS=${ROUNDS:-3}
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

if ! [[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]]; then
    echo "benchmarks.sh: ROUNDS must be a whole number of at least 1, not '$ROUNDS'" >&2
    exit 2
fi
echo "== JMH, $ROUNDS rounds of $JMH_OPTIONS; its output goes to core/target/bench/jmh.log"
rm -f "$results"/jmh*.json "$results/jmh.log"
round_files=()
for ((round = 1; round <= ROUNDS; round++)); do
    round_file="$results/jmh-round-$round.json"
    round_files+=("$round_file")
    echo "  round $round of $ROUNDS"
    # -foe: a benchmark whose setup fails (its paths disagree) fails the run instead of leaving a gap in the table.
    if ! mvn -B -q -Pbench -pl core test-compile exec:exec \
            -Dbench.arguments="$JMH_OPTIONS -foe true -rf json -rff \"$round_file\" -jvmArgsAppend \"-D$specs_property=$root/examples/specs\" io.github.chassisspec.bench..*Benchmark" \
            2>&1 | tee -a "$results/jmh.log" | awk '/^# Benchmark:/ { print "    running " $3; fflush() }'; then
        echo "benchmarks.sh: JMH failed; the end of core/target/bench/jmh.log:" >&2
        tail -n 40 "$results/jmh.log" >&2
        exit 1
    fi
    if [ ! -s "$round_file" ]; then
        echo "benchmarks.sh: JMH wrote no results in round $round; see core/target/bench/jmh.log" >&2
        exit 1
    fi
done
# JMH's own summaries, one per round, with the error bars.
sed 's/\x1b\[0m//g' "$results/jmh.log" | awk '/^Benchmark  / { on = 1 } /^$/ { on = 0 } on' || true

echo "== start-up ($STARTUP_WARMUPS warm-up and $STARTUP_RUNS timed runs each)"
hello="core/target/bench/hello"
mkdir -p "$hello"
# A compiled class, not a single-file source launch, which would time javac too.
printf 'public class Hello {\n    public static void main(String[] arguments) {\n        System.out.println("hello");\n    }\n}\n' \
    >"$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"
profile="examples/specs/requirements/mediterranean-tender.json"
launcher="examples/chassis-check"
if [ ! -f "examples/target/chassis-check.jsa" ]; then
    echo "benchmarks.sh: the build wrote no examples/target/chassis-check.jsa" >&2
    exit 1
fi

# The first variant is the baseline, the second the one with a target (the launcher users run), the rest are for
# comparison. Each runs the README's main job on one profile; the bus fails it, so exit status 1 is expected.
python3 - "$results/startup.json" "$STARTUP_WARMUPS" "$STARTUP_RUNS" \
    "JVM printing one line|java -cp $hello Hello" \
    "$launcher (AppCDS archive, C1 only)|$launcher $spec -r $profile" \
    "$launcher, C2 as well|java -XX:SharedArchiveFile=examples/target/chassis-check.jsa -jar $jar $spec -r $profile" \
    "java -jar $jar|java -jar $jar $spec -r $profile" \
    <<'PYTHON'
# Wall time of each command: median of the timed runs after the warm-ups; a failing run fails the script. The
# variants take turns, run by run, so that the machine's drift reaches them alike.
import json, statistics, subprocess, sys, time
output, warmups, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
variants = [variant.split("|", 1) for variant in sys.argv[4:]]
times = {label: [] for label, _ in variants}
for run in range(warmups + runs):
    for label, command in variants:
        start = time.perf_counter()
        completed = subprocess.run(command.split(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if completed.returncode not in (0, 1):
            sys.exit(f"benchmarks.sh: '{command}' exited with {completed.returncode}: "
                     + completed.stderr.decode(errors="replace")[-500:])
        if run >= warmups:
            times[label].append(elapsed * 1e3)
medians = {}
for label, measured in times.items():
    medians[label] = statistics.median(measured)
    print(f"  {label}: median {medians[label]:.0f} ms (min {min(measured):.0f}, max {max(measured):.0f})")
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

round_list=$(IFS=:; echo "${round_files[*]}")
python3 - "$round_list" "$results/startup.json" "$STARTUP_TARGET" "${JMH_TARGETS[@]}" <<'PYTHON'
# The table: each target with the library's and the baseline's figure, their ratio and whether it meets the target.
# With several rounds, a pair's ratio is worked out within each round, and the median of those ratios is judged;
# the figures shown are each benchmark's median over the rounds.
import json, statistics, sys
round_files, startup_file, startup_target = sys.argv[1].split(":"), sys.argv[2], float(sys.argv[3])
NANOSECONDS = {"ns/op": 1.0, "us/op": 1e3, "µs/op": 1e3, "ms/op": 1e6, "s/op": 1e9}
rounds = []
for round_file in round_files:
    scores = {}
    for entry in json.load(open(round_file)):
        name = ".".join(entry["benchmark"].split(".")[-2:])
        metric = entry["primaryMetric"]
        factor = NANOSECONDS[metric["scoreUnit"]]
        # JMH writes "NaN" as the error of a single iteration.
        error = float(metric["scoreError"])
        scores[name] = (float(metric["score"]) * factor, error * factor if error == error else 0.0)
    rounds.append(scores)

def number(value):
    # Three significant digits without switching to exponents: 2.57, 25.7, 257, 2570.
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 100 else f"{value:.0f}"

def duration(nanoseconds, error=None):
    for unit, size in (("s", 1e9), ("ms", 1e6), ("µs", 1e3), ("ns", 1.0)):
        if nanoseconds >= size or unit == "ns":
            shown = number(nanoseconds / size)
            return f"{shown} ± {number(error / size)} {unit}" if error is not None else f"{shown} {unit}"

def figure(name):
    # One round: JMH's score with its error; several: the median of the rounds' scores.
    if len(rounds) == 1:
        return duration(*rounds[0][name])
    return duration(statistics.median(scores[name][0] for scores in rounds))

rows = []
missing = []
for line in sys.argv[4:]:
    label, library, baseline, rule, target = line.split("|")
    absent = [name for name in (library, baseline) if any(name not in scores for scores in rounds)]
    if absent:
        missing.extend(absent)
        continue
    target = float(target)
    if rule == "faster":
        ratios = [scores[baseline][0] / scores[library][0] for scores in rounds]
    else:
        ratios = [scores[library][0] / scores[baseline][0] for scores in rounds]
    ratio = statistics.median(ratios)
    each = " ".join(f"{number(value)}×" for value in ratios) if len(rounds) > 1 else ""
    if rule == "info":
        rows.append((label, figure(library), figure(baseline), f"{number(ratio)}×", each, "(for comparison)", ""))
        continue
    met, wanted = (ratio <= target, f"≤ {target:g}×") if rule == "at-most" else (ratio >= target, f"≥ {target:g}×")
    rows.append((label, figure(library), figure(baseline), f"{number(ratio)}×", each, wanted,
                 "MET" if met else "MISSED"))

startup = json.load(open(startup_file))
hello_label = "JVM printing one line"
hello_ms = startup.pop(hello_label)
for position, (label, milliseconds) in enumerate(startup.items()):
    ratio = milliseconds / hello_ms
    # The launcher is what users run and carries the target; the plain variants show what it gains.
    wanted, result = (f"≤ {startup_target:g}×", "MET" if ratio <= startup_target else "MISSED") if position == 0 \
        else ("(for comparison)", "")
    rows.append((f"start-up: {label} ÷ {hello_label}", f"{milliseconds:.0f} ms", f"{hello_ms:.0f} ms",
                 f"{number(ratio)}×", "", wanted, result))

header = ("target", "library", "baseline", "ratio" if len(rounds) == 1 else "median ratio",
          "" if len(rounds) == 1 else "each round", "target ratio", "result")
widths = [max(len(row[column]) for row in rows + [header]) for column in range(len(header))]
for row in [header] + rows:
    print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
if missing:
    sys.exit("benchmarks.sh: no JMH result for " + ", ".join(missing))
PYTHON

echo
echo "JMH settings: $ROUNDS rounds of $JMH_OPTIONS; start-up: median of $STARTUP_RUNS runs after $STARTUP_WARMUPS warm-ups"
echo "took $((SECONDS - started)) s"

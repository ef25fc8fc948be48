# bench/lib.sh: what bench/run, bench/fleet and bench/floor/run share. Sourced from the project's
# root directory, never run. start_fake needs $work (a scratch directory) and $server_cp.

# The fake servers' classpath: the test classes with every test dependency.
server_classpath() {
    if [ ! -f target/test.cp ] || [ pom.xml -nt target/test.cp ]; then
        ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
    fi
    printf '%s\n' "target/test-classes:target/classes:$(cat target/test.cp)"
}

# start_fake NAME CLASS ARGS...: runs the test tree's io.github.influxauth.testing.CLASS with ARGS
# until the script exits, its stderr in $work/server.NAME.log. Sets $url, and $v3_token for
# FakeInfluxDb3 (its fake prints the operator token on a second line).
fake_pids=()
stop_fakes() {
    for pid in "${fake_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop_fakes EXIT
start_fake() {
    local name=$1 class=$2 fifo=$work/url.$1
    shift 2
    rm -f "$fifo"
    mkfifo "$fifo"
    java -Xmx2g -cp "$server_cp" "io.github.influxauth.testing.$class" "$@" >"$fifo" 2>"$work/server.$name.log" &
    fake_pids+=($!)
    # The server keeps its end open: read exactly the lines it prints, or wait for ever.
    if [ "$class" = FakeInfluxDb3 ]; then
        { read -r url && read -r v3_token; } <"$fifo"
    else
        read -r url <"$fifo"
    fi || { echo "bench: the fake server $name did not start; see $work/server.$name.log" >&2; exit 1; }
    rm -f "$fifo"
}

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# Sourced by the installer checks.

# Waits until the service started in the background as PID $1 says in its
# output file $2 that it listens, or ends, looking $3 times (100) a tenth of
# a second apart; true when it listens.
wait_listening() {
    for _ in $(seq "${3:-100}"); do
        grep -q 'listening on' "$2" && return 0
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    grep -q 'listening on' "$2"
}

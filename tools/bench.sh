#!/bin/bash
# Builds the benchmarks in release mode, runs them and rewrites docs/performance.md.
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh
build=build-bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOSHIKOMI_BUILD_BENCH=ON \
      -DMOSHIKOMI_BUILD_TESTS=OFF
cmake --build "$build" -j2 --target bench_models bench_ui bench_constant_server bench_mail \
    bench_sync moshikomi-service
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
(cd "$build" && ./bench/bench_models) >> "$rows"
if [ -x "$build/bench/bench_ui" ]; then
    # The app keeps the queue's key in the keychain: a real one, as at the desk.
    (cd "$build" && QT_QPA_PLATFORM=offscreen ../tests/testlib/with-keyring.sh ./bench/bench_ui) \
        >> "$rows"
fi
tools/bench-service.sh "$build" >> "$rows"
tools/bench-sync.sh "$build" >> "$rows"
# Several instances on a real PostgreSQL behind nginx; also rewrites docs/scaling.md.
tests/testlib/with-postgres.sh tools/bench-scaling.sh "$build" docs/scaling.md >> "$rows"
{
    echo "# Performance"
    echo
    echo "Measured by \`tools/bench.sh\` (release build) on $(date -u +%Y-%m-%d), $(nproc) cores,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'). Baselines are measured in the"
    echo "same run. Medians of repeated rounds; the storage rows include an fsync per transaction"
    echo "(synchronous=FULL), so they follow the disk."
    echo
    echo "| what | measured | baseline | goal | verdict |"
    echo "|---|---|---|---|---|"
    cat "$rows"
    cat <<'NOTES'

Notes
- The storage rows are dominated by the fsync of each commit; on a tmpfs (no fsync, CPU
  only) a draft costs about 65 µs and queuing about 120 µs against 23 µs for the raw INSERT:
  encoding the draft, the state check and the state log. A draft is saved at most every 400 ms
  while someone types, so neither figure is felt.
- The queue is encrypted (docs/security.md): the draft and queue rows include sealing every
  personal value (XChaCha20-Poly1305, a few µs for a 5 KB draft) against the raw INSERT of
  the same bytes in clear. The first rows of the list decrypt what they show (100 rows ×
  3 values). A search looks in memory: the sealed search texts are decrypted on the other
  core from the moment the queue opens; the row "search index decrypted after opening"
  times a search issued at that very instant (it waits for the whole build), the row after
  it a search typed a second later, as a person does.
- Opening a 100,000-entry queue runs `integrity_check` over the whole file (about 0.5 GB of
  drafts with ten destinations each) and unwraps the data key; reported, not a goal; it
  grows with the file. Encrypting such a queue from the previous, plaintext version happens
  once, at the first start after the upgrade (a progress dialog shows it).
- Start-up is timed to the first frame of step 1 on screen (an event filter catches the
  window's first expose once it is painted), the bare QWizard the same way. The app shows
  step 1 before it asks the keychain (gnome-keyring over D-Bus in the benchmark, as on a
  desktop) for the queue's key: about 10 ms, during which keys typed are held and then
  given to the fields in order. "Ready for typing" (start() returned, the queue open) is
  reported beside it. A keychain that keeps the app waiting for more than 1.5 s is said
  in a small window over step 1.
- Start-up: the child process runs the application's own start (settings, language, local
  queue, schema cache, wizard) against a bare QWizard with one Japanese page in a window of
  the same size; both load the Japanese font. The rest of the difference is drawing step 1
  itself (eleven labelled fields, the step header). What keeps it low: the SQLite driver
  and the keychain's library (libsecret) load on the other core while the wizard is built,
  rows of steps 2 and 4 and every step header but the first are made when first shown, no
  style sheets on those widgets, a Japanese UI font set up front instead of a fallback
  looked up for every label, and the window icon (four images) decoded after the page.
- Intake (not met: 14–19% of the ceiling, which itself moves between runs from 40k to 53k
  answers a second). Group commit works — the same
  rate on tmpfs as on disk, so fsync is not the limit. With 32 connections the groups hold
  about 16 applications; the service uses about 1.3 cores (the request thread ~0.6, the
  intake writer ~0.65), wrk ~0.2, and the writer, one group after the other, sets the
  pace: about 85 µs of CPU per application (SQLite, Qt Sql's binding of ~30 values, the
  log's writes), while the request thread spends about 70 µs verifying the token (SHA-256
  and a look-up), parsing, normalising and validating the JSON with the core and
  composing the confirmation mail. Timed inside the writer (2026-11-26): a group of 15.7
  on average takes 1.86 ms, 1.36 ms of it CPU, and the writer waits 0.16 ms for the next,
  so it is busy 92% of the time; the machine meanwhile is a third idle or waiting for the
  disk. The constant answer takes about 20 µs in all; 50% of
  the ceiling would need the whole application in about 45 µs, less than SQLite alone takes
  for its four rows and four indexes keyed by random ids on this disk (measured with the
  same schema from Python: about 100 µs). Made faster: SQLite's undo copies for each item's
  savepoint kept in memory (they were half of all intake wrote, 2.5 of 5 GB for 50,000
  applications, into a temporary file), a checkpoint every 10,000 pages of log (+12%), no
  savepoint per item unless another instance took one of a group's ids (+5%), the group
  commits on a thread of their own (`IntakeWriter`, +35%), times formatted by hand, a
  32 MiB page cache (+10%). Tried and left out: a background checkpointer (no gain once the
  log is kept bounded) and smaller pages. Counted with callgrind (2026-11-26, instructions
  per application, the same 959-byte application): the request thread 620k → 530k after
  SHA-256 and HMAC moved from QCryptographicHash's portable code to OpenSSL (a fifth of the
  thread's instructions had been hashing), the canonical body written in runs, and the
  three regular expressions of an email run only where their form can be; the writer 314k
  → 282k after long texts went to SQLite as UTF-8 (bound as QString, SQLite converted each
  back from UTF-16) and a group stopped looking up each item's idempotency record first (a
  retry fails on the id's key; its group is written again item by item). Of the writer's
  282k, Qt Sql's binding takes about 60k (it formats a name for every positional value) and
  SQLite's own work about 120k. Throughput moved by less than the runs vary (±5%): the
  machine is about 80% busy (the rest waiting for the disk, 37 KB written per
  application: every random-keyed index dirties a page of its own), and 50% of the ceiling
  would need all of it, wrk included, to cost less than half of what it does now. With
  the database taken out altogether (a build whose writer answered at once and stored
  nothing, tried once on 2026-11-26, not kept), the service answered 12,700/s against
  39,200/s for the constant answer: 32%. The checks every application must pass (token,
  JSON, the core's normaliser and rules, the canonical body, the confirmation mail) cost
  more on this machine than 50% allows before anything is written.
- Sync (met: 81–91% over the ten runs since the wait for SQLite's lock was fixed, 88% in
  this one; 67–94% before): both sides on six connections for the applications (curl told
  so; Qt keeps at most six HTTP/1.1 connections to a host, and the engine hands it twice as
  many requests); the client's seventh connection is the status feed's, asked once at the
  start of the round. The two sides take turns, nine rounds each, against the same service,
  and the medians are compared. What held the ratio down and made it vary was on the
  service: while the mail worker marked each mail sent (a commit of about a millisecond),
  the intake writer waiting for that lock slept by SQLite's own schedule (1, 2, 5, 10 …
  100 ms between looks), and groups of six were answered after 33–330 ms, several times a
  second; a side's rounds varied from 0.45 to 0.95 s. The service's connections now look
  every 100 µs, and the rounds of each side stay within about ±12%. On the client: the
  applications are posted from a thread of their own (`SubmissionChannel`: Qt's network
  thread asks the thread that made a request for its body each time a connection is free,
  and the GUI thread would answer only after the marks of the answers just heard), the
  queue's schema 6 (a mark rewrote about 8 KB of sealed draft and frozen bytes; now a small
  row), the requests handed over ahead, the TLS configuration built once, the round's list
  read once, marks written without waiting for the disk and several in one commit (a lost
  mark only means a resend, which the service answers with its first answer). The client
  costs about 270 µs of CPU per application against curl's 50 µs, two thirds of it Qt's
  HTTP (its network thread, the reply's signals and the connections Qt makes for every
  reply).
- End to end: the confirmation mail reaches the SMTP server within tens of milliseconds
  because the sync engine sends right after the submit and the service's mail worker wakes
  when a mail is queued. One application in a thousand waited 1.3–1.8 s until stored times
  always carried milliseconds: a mail queued at a whole second (`…:41Z`) sorted as text
  after the worker's "now" (`…:41.300Z`) and waited for the next second's look (p99 1,300 ms
  in the run that showed it).
- Intake through nginx (tools/bench-scaling.sh, docs/scaling.md): one instance on SQLite
  against one, two and three instances on one PostgreSQL 15, all on this machine's cores
  together with wrk, nginx and PostgreSQL; the cost per application is CPU time per
  process type divided by the applications stored, and PostgreSQL's WAL flushes from
  pg_stat_wal (track_wal_io_timing on).
- Mail: the Maildir rows include an fsync per mail (tmp/ → new/); over SMTP the mails go
  one after the other over one kept connection (496 a second with a connection per mail),
  each marked sent in a commit of its own before the next is sent (on SQLite nothing else is
  written per mail: one service per file, so no claim).
NOTES
} > docs/performance.md
cat docs/performance.md

#pragma once

#include "app/commandline.h"

// `moshikomi --sync`: sends what waits in the local queue and brings back
// what the service says, with no window (over SSH, from cron); one line of
// summary, exit code 0 when nothing is left waiting.
namespace SyncCommand {
int run(const CommandLine::Options &options);
}

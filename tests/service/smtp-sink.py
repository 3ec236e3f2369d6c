#!/usr/bin/python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd).

Usage: smtp-sink.py PORT OUTDIR [--until-killed]
Writes each accepted message to OUTDIR/<n>.eml with the envelope recipients in
OUTDIR/<n>.rcpt; refuses for good (550) any recipient whose address starts with
"refuse". Prints "ready" once it listens; stops when its stdin closes (or, with
--until-killed, at SIGTERM).
"""
import os
import signal
import sys

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, out):
        self.out = out
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith('refuse'):
            return '550 5.1.1 No such user here'
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.out, '%04d' % self.count)
        with open(base + '.rcpt', 'w') as f:
            f.write('\n'.join(envelope.rcpt_tos))
        with open(base + '.tmp', 'wb') as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(base + '.tmp', base + '.eml')
        return '250 Message accepted'


def main():
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM, signal.SIGINT])
    port = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    controller = Controller(Handler(out), hostname='127.0.0.1', port=port)
    controller.start()
    print('ready', flush=True)
    if '--until-killed' in sys.argv[3:]:
        signal.sigwait([signal.SIGTERM, signal.SIGINT])
    else:
        sys.stdin.read()
    controller.stop()


if __name__ == '__main__':
    main()

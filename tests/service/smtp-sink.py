#!/usr/bin/python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd).

Usage: smtp-sink.py PORT OUTDIR [--until-killed] [--starttls CERT KEY] [--login USER PASSWORD]
                    [--slow SECONDS]
Writes each accepted message to OUTDIR/<n>.eml with the envelope recipients in
OUTDIR/<n>.rcpt; refuses for good (550) any recipient whose address starts with
"refuse". Prints "ready" once it listens; stops when its stdin closes (or, with
--until-killed, at SIGTERM). --starttls: STARTTLS required before anything else, with that
certificate; --login: AUTH required (over TLS) with that user and password; --slow: each
message is accepted SECONDS after its data arrived (a busy mail server).
"""
import asyncio
import os
import signal
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, out, slow=0.0):
        self.out = out
        self.slow = slow
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith('refuse'):
            return '550 5.1.1 No such user here'
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        if self.slow:
            await asyncio.sleep(self.slow)
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
    options = {}
    args = sys.argv[3:]
    if '--starttls' in args:
        at = args.index('--starttls')
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args[at + 1], args[at + 2])
        options.update(tls_context=context, require_starttls=True)
    if '--login' in args:
        at = args.index('--login')
        user, password = args[at + 1].encode(), args[at + 2].encode()

        def authenticate(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login == user and data.password == password
            # handled=False: the server answers 535 itself
            return AuthResult(success=ok, handled=False)
        options.update(authenticator=authenticate, auth_required=True)
    slow = float(args[args.index('--slow') + 1]) if '--slow' in args else 0.0
    controller = Controller(Handler(out, slow), hostname='127.0.0.1', port=port, **options)
    controller.start()
    print('ready', flush=True)
    if '--until-killed' in args:
        signal.sigwait([signal.SIGTERM, signal.SIGINT])
    else:
        sys.stdin.read()
    controller.stop()


if __name__ == '__main__':
    main()

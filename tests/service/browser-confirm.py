#!/usr/bin/python3
"""Opens a confirmation link in Debian's headless Chromium at a phone's width,
through chromedriver's WebDriver protocol (plain HTTP, no extra modules), as a
customer would: look at the page, press the button, open the link again.

Usage: browser-confirm.py LINK OUTDIR
Writes OUTDIR/confirm-ask.png, confirm-accepted.png, confirm-used.png and
confirm-unknown.png; prints one line per check; exits non-zero on the first
that fails.
"""
import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

WIDTH = 360


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Driver:
    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen(['/usr/bin/chromedriver', '--port=%d' % self.port],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = 'http://127.0.0.1:%d' % self.port
        for _ in range(100):
            try:
                self.call('GET', '/status')
                break
            except OSError:
                time.sleep(0.1)
        self.profile = tempfile.mkdtemp()
        args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--hide-scrollbars',
                '--user-data-dir=' + self.profile, '--window-size=%d,780' % WIDTH,
                '--lang=ja']
        caps = {'capabilities': {'alwaysMatch': {
            'browserName': 'chrome',
            'goog:chromeOptions': {
                'binary': '/usr/bin/chromium', 'args': args,
                # A phone: 360 CSS pixels wide, as the spec's readers hold it.
                'mobileEmulation': {'deviceMetrics': {'width': WIDTH, 'height': 740,
                                                      'pixelRatio': 2.0}}}}}}
        self.session = self.call('POST', '/session', caps)['sessionId']

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={'Content-Type': 'application/json'})
        with urllib.request.urlopen(request, timeout=60) as reply:
            return json.loads(reply.read().decode()).get('value')

    def session_call(self, method, path, body=None):
        return self.call(method, '/session/%s%s' % (self.session, path), body)

    def open(self, url):
        self.session_call('POST', '/url', {'url': url})

    def script(self, source):
        return self.session_call('POST', '/execute/sync', {'script': source, 'args': []})

    def text(self):
        return self.script('return document.body.innerText')

    def screenshot(self, path):
        png = base64.b64decode(self.session_call('GET', '/screenshot'))
        with open(path, 'wb') as f:
            f.write(png)

    def click(self, css):
        element = self.session_call('POST', '/element', {'using': 'css selector', 'value': css})
        key = next(iter(element))
        self.session_call('POST', '/element/%s/click' % element[key], {})

    def quit(self):
        try:
            self.session_call('DELETE', '')
        finally:
            self.process.terminate()
            self.process.wait()


def check(condition, what):
    print(('ok   ' if condition else 'FAIL ') + what, flush=True)
    if not condition:
        sys.exit(1)


def main():
    link, out, replaced = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    driver = Driver()
    try:
        driver.open(link)
        text = driver.text()
        check('申込みを確定する' in text, 'the page has the button')
        width = driver.script('return window.innerWidth')
        check(width == WIDTH, 'a %d px wide viewport (%s)' % (WIDTH, width))
        check(driver.script('return document.documentElement.scrollWidth') <= WIDTH,
              'nothing wider than the phone')
        size = driver.script('return parseFloat(getComputedStyle(document.querySelector'
                             '("button")).fontSize)')
        check(size >= 16, 'the button is readable (%s px)' % size)
        check(driver.script('return document.styleSheets.length') == 1, 'the stylesheet loaded')
        driver.screenshot(os.path.join(out, 'confirm-ask.png'))
        driver.click('button')
        for _ in range(50):
            if '申込みを受け付けました。' in driver.text():
                break
            time.sleep(0.1)
        check('申込みを受け付けました。' in driver.text(), 'the button confirms')
        check(driver.script('return document.documentElement.scrollWidth') <= WIDTH,
              'the answer fits the phone too')
        driver.screenshot(os.path.join(out, 'confirm-accepted.png'))
        driver.open(link)
        check('使用済み' in driver.text(), 'the link again says it was used')
        driver.screenshot(os.path.join(out, 'confirm-used.png'))
        driver.open(link.rsplit('/', 1)[0] + '/not-a-real-token')
        check('無効' in driver.text(), 'an unknown link says so')
        driver.screenshot(os.path.join(out, 'confirm-unknown.png'))
        driver.open(replaced)
        check('新しいリンクに置き換えられました' in driver.text(),
              'a link a resend replaced says to open the latest mail')
        check(driver.script('return document.documentElement.scrollWidth') <= WIDTH,
              'its longer title fits the phone')
        driver.screenshot(os.path.join(out, 'confirm-replaced.png'))
    finally:
        driver.quit()


if __name__ == '__main__':
    main()

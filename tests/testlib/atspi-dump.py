#!/usr/bin/python3
"""What a screen reader is given: the AT-SPI tree of one process's windows.

Usage: atspi-dump.py PID [SECONDS]
Prints one line per accessible object that is showing: "role<TAB>name<TAB>description
<TAB>text" (text: the Text interface's content, when there is one), and "<TAB>selected"
after it for an object in the selected state. Waits up to SECONDS
(default 20) for the process to appear on the accessibility bus. Exit 1 if it never does.
"""
import sys
import time

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            pass
    return None


def clean(s):
    return (s or '').replace('\t', ' ').replace('\n', ' ')


def walk(node, depth, out):
    if node is None or depth > 60:
        return
    try:
        states = node.get_state_set()
        showing = states.contains(Atspi.StateType.SHOWING)
    except Exception:
        return
    if showing:
        text = ''
        try:
            iface = node.get_text_iface()
            if iface is not None:
                text = Atspi.Text.get_text(iface, 0, Atspi.Text.get_character_count(iface))
        except Exception:
            text = ''
        columns = [clean(node.get_role_name()), clean(node.get_name()),
                   clean(node.get_description()), clean(text)]
        # The entry of a list that is selected: where a screen reader finds
        # the value of a combo box.
        if states.contains(Atspi.StateType.SELECTED):
            columns.append('selected')
        out.append('\t'.join(columns))
    try:
        count = node.get_child_count()
    except Exception:
        return
    for i in range(count):
        walk(node.get_child_at_index(i), depth + 1, out)


def main():
    pid = int(sys.argv[1])
    deadline = time.time() + (float(sys.argv[2]) if len(sys.argv) > 2 else 20)
    Atspi.init()
    app = None
    while app is None and time.time() < deadline:
        app = find_app(pid)
        if app is None:
            time.sleep(0.2)
    if app is None:
        print('no application with pid %d on the accessibility bus' % pid, file=sys.stderr)
        return 1
    out = []
    # The windows appear a moment after the process registers.
    while time.time() < deadline:
        out = []
        walk(app, 0, out)
        if len(out) > 3:
            break
        time.sleep(0.2)
    print('\n'.join(out))
    return 0


if __name__ == '__main__':
    sys.exit(main())

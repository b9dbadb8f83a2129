"""Runs a command on a pseudo-terminal of a given size, as a person at a terminal would see it.

usage: pty-driver.py ROWS COLS COMMAND [ARG...]

Everything the command writes to the terminal is copied, byte for byte, to this script's stdout.
A line "ctrl-c" on this script's stdin types Ctrl-C (byte 0x03) on the terminal: its line
discipline then sends SIGINT to the command's process group, the terminal's foreground one, as a
keypress does. When the command has ended and the terminal is drained, one line of JSON goes to
stderr: {"code": N|null, "signal": N|null, "afterCtrlC": ms|null}, the last the milliseconds from
the first Ctrl-C typed to the command's end. This script's stdin closed while the command runs
hangs it up (SIGHUP), so that a test that stops leaves nothing running.

Python's own pty module, so that the tests need no native module of Node's (node-pty).
"""

import errno
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time


def main() -> int:
    rows, cols, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    pid, master = pty.fork()
    if pid == 0:
        # The child: its stdin, stdout and stderr are the terminal, its controlling one, its
        # process group the foreground one. The size is set before the command can ask it.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)

    out = sys.stdout.buffer
    control = sys.stdin.fileno()
    typed_at = None
    pending = b""
    status = None
    watching_control = True
    while True:
        readable = [master] + ([control] if watching_control else [])
        ready, _, _ = select.select(readable, [], [], 0.05)
        if master in ready:
            try:
                data = os.read(master, 65536)
            except OSError as error:
                # EIO: every copy of the terminal's other end is closed, the command has ended.
                if error.errno != errno.EIO:
                    raise
                data = b""
            if not data:
                break
            out.write(data)
            out.flush()
        if watching_control and control in ready:
            chunk = os.read(control, 1024)
            if not chunk:
                # The test has gone (its runner stopped): hang up, as a closed terminal does.
                watching_control = False
                if status is None:
                    os.kill(pid, signal.SIGHUP)
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                if line.strip() == b"ctrl-c":
                    os.write(master, b"\x03")
                    if typed_at is None:
                        typed_at = time.monotonic()
        if status is None:
            done, wait_status = os.waitpid(pid, os.WNOHANG)
            if done:
                status = (wait_status, time.monotonic())
    if status is None:
        status = (os.waitpid(pid, 0)[1], time.monotonic())
    wait_status, ended_at = status
    os.close(master)
    report = {
        "code": os.WEXITSTATUS(wait_status) if os.WIFEXITED(wait_status) else None,
        "signal": os.WTERMSIG(wait_status) if os.WIFSIGNALED(wait_status) else None,
        "afterCtrlC": None if typed_at is None else round((ended_at - typed_at) * 1000),
    }
    sys.stderr.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

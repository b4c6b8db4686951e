# nap_e2e.py: what the end-to-end tests share to drive the application
# through AT-SPI, as a screen reader would, and xdotool for the keys.

import os
import subprocess
import sys
import time

# G_DEBUG=fatal-warnings is meant for the application: the AT-SPI client
# itself warns when an object it was reading goes away (a closed pop-up),
# which is no fault of the application. Importing this module runs the test
# script again without it; app_environment() hands it on to the application.
if "G_DEBUG" in os.environ and "NAP_E2E_APP_G_DEBUG" not in os.environ:
    _client_env = dict(os.environ, NAP_E2E_APP_G_DEBUG=os.environ["G_DEBUG"])
    del _client_env["G_DEBUG"]
    os.execve(sys.executable, [sys.executable] + sys.argv, _client_env)

import pyatspi  # noqa: E402

# How long to wait for a condition before failing: waits end as soon as the
# condition holds, so a generous bound costs nothing when things go well.
# The sanitizer run (tests/meson.build, setup 'sanitize') sets a longer one,
# as the application runs several times slower there.
TIMEOUT = float(os.environ.get("NAP_E2E_TIMEOUT", "60"))

def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    shot = os.environ.get("NAP_E2E_SCREENSHOT")
    if shot:
        subprocess.run(["import", "-window", "root", shot])
    sys.exit(1)


def walk(node):
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        if child is None:
            continue
        yield child
        yield from walk(child)


def find(root, role, name, timeout=TIMEOUT):
    """The first sensitive node of @role named @name under @root."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in walk(root):
            try:
                if node.getRoleName() == role and node.name == name and \
                   node.getState().contains(pyatspi.STATE_SENSITIVE):
                    return node
            except Exception:
                pass
        time.sleep(0.2)
    fail("no %s named “%s”" % (role, name))


def wait_for(what, check):
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.2)
    fail(what)


def lookup(root, role, name):
    """The first sensitive, visible node of @role named @name under @root,
    or None."""
    for node in walk(root):
        try:
            if node.getRoleName() == role and node.name == name and \
               node.getState().contains(pyatspi.STATE_SENSITIVE) and \
               node.getState().contains(pyatspi.STATE_VISIBLE):
                return node
        except Exception:
            pass
    return None


def type_when(what, ready, text):
    """Types @text once @ready() holds. GTK 4.8 does not tell AT-SPI which
    field has the focus, so a test waits for what the application does in
    the same step as giving the focus (a new row, a new field) rather than
    for a fixed time, which a busy machine outlasts."""
    wait_for(what, ready)
    type_keys(text)


def click(root, name):
    """Presses the button named @name; a menu button is a button inside a
    button of the same name, and only the inner one acts."""
    button = find(root, "push button", name)
    for node in [button] + list(walk(button)):
        try:
            if node.getRoleName() == "push button" and node.queryAction().nActions > 0:
                node.queryAction().doAction(0)
                return
        except NotImplementedError:
            pass
    fail("the button “%s” does nothing" % name)


def set_text(root, role, name, text):
    """Replaces the text of a field, as a screen reader's editing does; the
    field saves it after a short pause."""
    node = find(root, role, name)
    if not node.queryEditableText().setTextContents(text):
        fail("could not type into “%s”" % name)
    time.sleep(1.2)


def focus_newest_window(pid):
    """There is no window manager under Xvfb: give the keyboard to the
    newest window of the application @pid, as a window manager would."""
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                         capture_output=True, text=True).stdout.split()
    if out:
        subprocess.run(["xdotool", "windowfocus", "--sync", out[-1]], check=False)
        time.sleep(0.3)


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "80"] + list(keys), check=True)


def type_keys(text):
    _map_characters(text)
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)


def _map_characters(text):
    """Gives each character of @text that the keyboard lacks (é, ’...) a
    spare key of its own, for as long as the display lives, as a keyboard
    with those letters would have. Left to itself, xdotool binds such a
    character to a spare key for one keystroke and then restores the map:
    a busy application that reads the map after the restore sees an unbound
    key and drops the letter ("Crer" for "Créer")."""
    # An X keysym: Latin-1 as is, the rest of Unicode above 0x1000000.
    wanted = {ord(c) if ord(c) < 0x100 else 0x1000000 | ord(c)
              for c in text if ord(c) > 0x7e}
    if not wanted:
        return
    table = subprocess.run(["xmodmap", "-pk"], capture_output=True, text=True,
                           check=True).stdout
    spare = []
    for line in table.splitlines():
        fields = line.split()
        if not fields or not fields[0].isdigit():
            continue
        keysyms = {int(f, 16) for f in fields[1:] if f.startswith("0x")} - {0}
        if not keysyms and int(fields[0]) > 8:
            spare.append(int(fields[0]))
        wanted -= keysyms
    wanted = sorted(wanted)
    if len(spare) < len(wanted):
        fail("the keyboard has no spare key left for the keysyms %s" % wanted)
    commands = []
    for keysym, code in zip(wanted, spare):
        commands += ["-e", "keycode %d = 0x%x 0x%x" % (code, keysym, keysym)]
    if commands:
        subprocess.run(["xmodmap"] + commands, check=True)


def text_of(node):
    # GTK 4.8 answers nothing for an end offset of -1.
    text = node.queryText()
    return text.getText(0, text.characterCount)


def texts(node):
    out = []
    for child in walk(node):
        try:
            out.append(child.name or "")
            if child.getRoleName() == "label":
                out.append(text_of(child))
        except Exception:
            pass
    return out


def app_environment(env):
    """Gives the application's environment @env back the G_DEBUG the test
    was run with."""
    env.pop("NAP_E2E_APP_G_DEBUG", None)
    if "NAP_E2E_APP_G_DEBUG" in os.environ:
        env["G_DEBUG"] = os.environ["NAP_E2E_APP_G_DEBUG"]
    return env


def app_env(build, home):
    """The environment to run the uninstalled application of @build in, in
    English, with @home as its home and the G_DEBUG the test was run with."""
    env = dict(os.environ,
               GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
               GSETTINGS_BACKEND="memory",
               NAP_LOCALEDIR=os.path.join(build, "po"),
               HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               GSK_RENDERER="cairo", LANGUAGE="en", LC_ALL="C.UTF-8",
               # libadwaita asks the settings portal for the colour scheme
               # at start-up, and D-Bus would start xdg-desktop-portal for
               # it: slow to answer on a busy machine, and its document
               # portal outlives the test, holding meson's pipe open.
               ADW_DISABLE_PORTAL="1")
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    return app_environment(env)


def start_app(build, args, env):
    """Starts nap-drafter with @args and waits for it on the accessibility
    bus. Returns the process and its AT-SPI application."""
    process = subprocess.Popen([os.path.join(build, "src", "gui", "nap-drafter")] + args, env=env)
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        app = next((a for a in desktop if a is not None and a.name == "nap-drafter"), None)
        if app is not None:
            return process, app
        time.sleep(0.2)
    process.kill()
    fail("the application did not appear on the accessibility bus")


def quit_app(process):
    """Quits the application with Ctrl+Q, as its user would."""
    time.sleep(1.0)
    focus_newest_window(process.pid)
    key("ctrl+q")
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        fail("the application did not quit on Ctrl+Q")
    check_exit(process)


def check_exit(process):
    """Fails unless the application exited cleanly: under the sanitizer
    run a finding at exit (a leak) shows only in its exit status."""
    if process.returncode != 0:
        fail("the application exited with status %d" % process.returncode)

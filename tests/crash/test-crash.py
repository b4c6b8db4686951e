#!/usr/bin/python3
# Crash injection: kills NAP Drafter's programs with SIGKILL at random
# moments while they edit a plan, save it under another name, merge into
# it, import a plan and write every export, then checks what a user relies
# on after a crash or a power cut:
#
#   - the plan passes SQLite's integrity_check and `nap-tool check`;
#   - every edit reported as committed is in it (the one in flight may or
#     may not be);
#   - a merge is all or nothing;
#   - an import leaves no plan or a whole one;
#   - a Save As or an export leaves at the output the file that was there
#     before or a whole new one, never a part, and writes through no link;
#   - an undo or a redo (of a field, a budget line, or the delete of a
#     pillar with budget lines and recommendations that concern it) is
#     all or nothing, and the history in the file stays whole: opened
#     again, the plan undoes and redoes from where the kill left it;
#   - once the programs are used there again, nothing a killed one left
#     (its temporary files, a stale journal) stays beside the plan or the
#     output.
#
#   test-crash.py BUILDDIR SOURCEDIR [--runs N] [--seed S]
#
# The normal suite makes 200 kills (about a minute). The long mode makes
# 5,000, either way:
#
#   NAP_CRASH_RUNS=5000 meson test -C BUILD crash --timeout-multiplier 0
#   tests/crash/test-crash.py BUILD . --runs 5000
#
# NAP_CRASH_SEED or --seed sets the seed (printed, to replay a failure).
# The figures, runs and failures for each mode, are printed at the end.

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

parser = argparse.ArgumentParser(description="Crash injection: kill NAP Drafter's programs and check what survives.")
parser.add_argument("build")
parser.add_argument("source")
parser.add_argument("--runs", type=int, default=int(os.environ.get("NAP_CRASH_RUNS", "200")))
parser.add_argument("--seed", type=int,
                    default=int(os.environ.get("NAP_CRASH_SEED", str(random.randrange(1 << 30)))))
options = parser.parse_args()
BUILD = os.path.abspath(options.build)
SOURCE = os.path.abspath(options.source)
TOOL = os.path.join(BUILD, "src", "cli", "nap-tool")
CHILD = os.path.join(BUILD, "tests", "crash", "crash-child")
GENERATE = os.path.join(BUILD, "tests", "bench", "xml-bench-generate")

RUNS = options.runs
SEED = options.seed
rng = random.Random(SEED)
failures = []
failed_runs = set()
in_flight = {}  # undo runs killed in the middle of a step, and of the pillar's


def fail(run, what):
    failures.append("run %d: %s" % (run, what))
    failed_runs.add(run)
    print("FAIL run %d: %s" % (run, what), flush=True)


def tool(*args, check=True):
    result = subprocess.run([TOOL] + list(args), capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError("nap-tool %s: %s" % (" ".join(args), result.stderr.strip()))
    return result


def integrity(path):
    """SQLite's own verdict on @path. Opened for writing, as the next
    program to open it would be: a journal left by the kill is rolled
    back first."""
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def export(path, out):
    tool("export-xml", path, "-o", out)
    with open(out, "rb") as f:
        return f.read()


def sound(run, path):
    """Checks @path as a plan; returns its XML export or None."""
    try:
        verdict = integrity(path)
    except sqlite3.Error as e:
        fail(run, "%s cannot be read: %s" % (os.path.basename(path), e))
        return None
    if verdict != "ok":
        fail(run, "%s: integrity_check says %s" % (os.path.basename(path), verdict))
        return None
    checked = tool("check", path, check=False)
    if checked.returncode != 0:
        fail(run, "nap-tool check %s: %s" % (os.path.basename(path), checked.stderr.strip()))
        return None
    return export(path, path + ".xml")


def no_strays(run, run_dir, expected, after):
    """Fails if @run_dir holds anything but @expected once the programs
    have been used there again (@after): a killed program's temporary
    files and journals are its own to recognise and remove next time."""
    stray = sorted(set(os.listdir(run_dir)) - set(expected))
    if stray:
        fail(run, "files left after %s: %s" % (after, ", ".join(stray)))


def kill_after(argv, delay, ready=False):
    """Runs @argv, kills it @delay seconds later (after its "ready" line if
    @ready), and returns its standard output up to the kill."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if ready:
        line = process.stdout.readline()
        if line.strip() != "ready":
            process.kill()
            process.wait()
            raise RuntimeError("%s did not start: %r" % (argv[1], line))
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return out


def replay(path, direction):
    """One undo or redo of the plan at @path, in a program of its own;
    returns the lengths of the undo and redo lists before it."""
    result = subprocess.run([CHILD, "step", path, direction], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError("%s: %s" % (direction, result.stderr.strip()))
    words = result.stdout.split()
    return int(words[1]), int(words[3])


class Scene:
    def __init__(self, work):
        self.work = work
        # A plan large enough for a kill to land inside an import or a
        # merge: 4 pillars of 6 objectives of 6 actions, 60 sessions.
        self.xml = os.path.join(work, "plan.xml")
        with open(self.xml, "wb") as f:
            subprocess.run([GENERATE, "4", "6", "6", "60"], stdout=f, check=True)
        self.base = os.path.join(work, "base.nap")
        started = time.monotonic()
        tool("import-xml", self.xml, "-o", self.base)
        self.import_time = time.monotonic() - started
        self.base_xml = export(self.base, os.path.join(work, "base-export.xml"))

        # Another plan, the file a Save As or an export replaces.
        self.other = os.path.join(work, "other.nap")
        tool("import-xml", os.path.join(SOURCE, "data", "examples", "mali-2012-2014.xml"), "-o", self.other)
        self.other_xml = export(self.other, os.path.join(work, "other-export.xml"))

        # What a merge brings: every action retitled.
        text = self.base_xml.decode("utf-8").replace("<title>Action ", "<title>Activité ")
        self.incoming = os.path.join(work, "incoming.xml")
        with open(self.incoming, "w", encoding="utf-8") as f:
            f.write(text)
        merged = os.path.join(work, "merged.nap")
        shutil.copyfile(self.base, merged)
        started = time.monotonic()
        tool("merge", merged, self.incoming)
        self.merge_time = time.monotonic() - started
        self.merged_xml = export(merged, merged + ".xml")
        if self.merged_xml == self.base_xml:
            raise RuntimeError("the merge changes nothing: the test would prove nothing")

        self.outputs = {}
        for command, name in (("export-xml", "out.xml"), ("export-budget", "out.csv"), ("report", "out.html")):
            out = os.path.join(work, "reference-" + name)
            started = time.monotonic()
            tool(command, self.base, "-o", out)
            with open(out, "rb") as f:
                self.outputs[command] = (name, f.read(), time.monotonic() - started)

        # The undo scene: the plan after 0, 1, 2 and 3 of its steps, the
        # last the delete of the first pillar.
        self.undone = os.path.join(work, "undone.nap")
        shutil.copyfile(self.base, self.undone)
        self.states = [self.base_xml]
        for step in (1, 2, 3):
            subprocess.run([CHILD, "prepare", self.undone, str(step)], check=True)
            self.states.append(export(self.undone, self.undone + ".xml"))
        if len(set(self.states)) != len(self.states):
            raise RuntimeError("a step of the undo scene changes nothing: the test would prove nothing")
        # The pillar goes with budget lines and recommendations' links.
        for what in (b"<title>Pilier renomm", b"<budget-line ", b"<concerns "):
            if self.states[3].count(what) >= self.states[2].count(what):
                raise RuntimeError("the pillar's delete takes no %r: the test would prove little" % what)
        started = time.monotonic()
        replay(self.undone, "undo")
        self.undo_time = time.monotonic() - started
        replay(self.undone, "redo")
        if export(self.undone, self.undone + ".xml") != self.states[3]:
            raise RuntimeError("undo then redo of the pillar's delete does not give the plan back")

    def fresh(self, name):
        run_dir = tempfile.mkdtemp(prefix=name + "-", dir=self.work)
        return run_dir


def run_edit(scene, run):
    run_dir = scene.fresh("edit")
    plan = os.path.join(run_dir, "plan.nap")
    shutil.copyfile(scene.base, plan)
    out = kill_after([CHILD, "edit", plan, str(rng.randrange(1 << 30))], rng.uniform(0, 0.4), ready=True)
    state = {}
    pending = {}
    for line in out.splitlines():
        words = line.split("\t")
        if words[0] == "begin":
            pending = dict(zip(words[3::2], words[2::2]))
        elif words[0] == "done":
            state.update(pending)
            pending = {}
    exported = sound(run, plan)
    if exported is None:
        return
    text = exported.decode("utf-8")
    for title, what in state.items():
        if not title.startswith("edit-") or title in pending:
            continue
        there = ("<title>%s</title>" % title) in text
        if there != (what == "present"):
            fail(run, "the committed edit of “%s” (%s) is lost" % (title, what))
    shutil.rmtree(run_dir)


def run_save_as(scene, run):
    run_dir = scene.fresh("save-as")
    copy = os.path.join(run_dir, "copy.nap")
    shutil.copyfile(scene.other, copy)
    kill_after([CHILD, "save-as", scene.base, copy], rng.uniform(0, 0.3), ready=True)
    exported = sound(run, copy)
    if exported is not None and exported not in (scene.base_xml, scene.other_xml):
        fail(run, "Save As left a plan that is neither the old file nor the copy")
    no_strays(run, run_dir, {"copy.nap", "copy.nap.xml"}, "a killed Save As and a check of the copy")
    shutil.rmtree(run_dir)


def run_merge(scene, run):
    run_dir = scene.fresh("merge")
    plan = os.path.join(run_dir, "plan.nap")
    shutil.copyfile(scene.base, plan)
    kill_after([TOOL, "merge", plan, scene.incoming], rng.uniform(0, scene.merge_time * 1.2))
    exported = sound(run, plan)
    if exported is not None and exported not in (scene.base_xml, scene.merged_xml):
        fail(run, "a killed merge left part of the merge")
    # The next merge into the plan cleans up after the one that was killed.
    tool("merge", plan, scene.incoming)
    no_strays(run, run_dir, {"plan.nap", "plan.nap.xml"}, "a killed merge and a second one")
    shutil.rmtree(run_dir)


def run_import(scene, run):
    run_dir = scene.fresh("import")
    plan = os.path.join(run_dir, "new.nap")
    kill_after([TOOL, "import-xml", scene.xml, "-o", plan], rng.uniform(0, scene.import_time * 1.2))
    if os.path.exists(plan):
        exported = sound(run, plan)
        if exported is not None and exported != scene.base_xml:
            fail(run, "a killed import left part of a plan")
        os.unlink(plan)
        os.unlink(plan + ".xml")
    # The import tried again makes the plan, and cleans up after the one
    # that was killed.
    tool("import-xml", scene.xml, "-o", plan)
    no_strays(run, run_dir, {"new.nap"}, "a killed import and a second one")
    shutil.rmtree(run_dir)


def run_export(scene, run):
    command = rng.choice(sorted(scene.outputs))
    name, reference, duration = scene.outputs[command]
    run_dir = scene.fresh("export")
    out = os.path.join(run_dir, name)
    old = b"the file that was here before\n"
    # Half the time the output does not exist yet, a quarter it is a
    # file, a quarter a link to a file that must be left alone.
    shape = rng.randrange(4)
    target = os.path.join(run_dir, "target")
    if shape == 1:
        with open(out, "wb") as f:
            f.write(old)
    elif shape == 2:
        with open(target, "wb") as f:
            f.write(old)
        os.symlink(target, out)
    kill_after([TOOL, command, scene.base, "-o", out], rng.uniform(0, max(duration, 0.02) * 1.5))
    if shape == 2 and os.path.exists(target):
        with open(target, "rb") as f:
            if f.read() != old:
                fail(run, "%s wrote through a symbolic link into its target" % command)
    if os.path.lexists(out):
        if os.path.islink(out) and shape != 2:
            fail(run, "%s left a link at its output" % command)
        with open(out, "rb") as f:
            data = f.read()
        if data not in (old, reference):
            fail(run, "%s left a partial output (%d of %d bytes)" % (command, len(data), len(reference)))
    # The same export again (beside the link, which it would refuse)
    # writes its output whole, and cleans up after the one that was killed.
    again = "again-" + name if shape == 2 else name
    tool(command, scene.base, "-o", os.path.join(run_dir, again))
    expected = {again} | ({name, "target"} if shape == 2 else set())
    no_strays(run, run_dir, expected, "a killed %s and a second one" % command)
    shutil.rmtree(run_dir)


def run_undo(scene, run):
    run_dir = scene.fresh("undo")
    plan = os.path.join(run_dir, "plan.nap")
    shutil.copyfile(scene.undone, plan)
    last = len(scene.states) - 1
    # Most kills land in the undo or the redo of the pillar's delete,
    # the longest steps; the others in the small steps between them.
    out = kill_after([CHILD, "undo", plan, str(last)], rng.uniform(0, scene.undo_time * 2.5), ready=True)
    allowed = {last}
    steps = 0
    for line in out.splitlines():
        words = line.split("\t")
        if words[0] == "begin":
            allowed = {int(words[2]), int(words[3])}
        elif words[0] == "done":
            allowed = {int(words[1])}
            steps += 1
    if len(allowed) == 2:
        in_flight["undo"] = in_flight.get("undo", 0) + 1
        if last in allowed:
            in_flight["pillar"] = in_flight.get("pillar", 0) + 1
    exported = sound(run, plan)
    if exported is None:
        return
    state = None
    for k in allowed:
        if exported == scene.states[k]:
            state = k
    if state is None:
        fail(run, "after %d steps, a killed undo or redo left a plan in none of the states %s"
             % (steps, sorted(allowed)))
        return

    # The history in the file is where the plan is: @state steps to undo,
    # the others to redo; a user who opens the plan again can go on, one
    # way or the other.
    try:
        direction = rng.choice(("undo", "redo")) if 0 < state < last else "undo" if state else "redo"
        lists = replay(plan, direction)
        if lists != (state, last - state):
            fail(run, "in state %d the history holds %d steps to undo and %d to redo" % ((state,) + lists))
        moved = export(plan, plan + ".xml")
        if moved != scene.states[state - 1 if direction == "undo" else state + 1]:
            fail(run, "reopened in state %d, %s does not give the next state" % (state, direction))
    except RuntimeError as e:
        fail(run, "reopened in state %d, the history cannot be replayed: %s" % (state, e))
        return
    stray = sorted(set(os.listdir(run_dir)) - {"plan.nap", "plan.nap.xml"})
    if stray:
        fail(run, "files left beside the plan: %s" % ", ".join(stray))
    shutil.rmtree(run_dir)


SCENES = [(run_edit, 30), (run_save_as, 10), (run_merge, 12), (run_import, 12), (run_export, 16), (run_undo, 16)]


def main():
    print("seed %d, %d runs" % (SEED, RUNS), flush=True)
    work = tempfile.mkdtemp(prefix="nap-crash-")
    try:
        scene = Scene(work)
        counts = {}
        failed = {}
        kinds = [k for k, weight in SCENES for _ in range(weight)]
        spent = {}
        started = time.monotonic()
        for run in range(RUNS):
            kind = rng.choice(kinds)
            mode = kind.__name__[4:]
            begun = time.monotonic()
            kind(scene, run)
            spent[mode] = spent.get(mode, 0.0) + time.monotonic() - begun
            counts[mode] = counts.get(mode, 0) + 1
            if run in failed_runs:
                failed[mode] = failed.get(mode, 0) + 1
            if (RUNS >= 1000 and (run + 1) % 250 == 0) or run + 1 == RUNS:
                # The long mode says how far it is, mode by mode.
                print("after %d runs (%.0f s): %s" % (
                    run + 1, time.monotonic() - started,
                    ", ".join("%s %d/%d failed" % (m, failed.get(m, 0), counts[m]) for m in sorted(counts))),
                    flush=True)
        for mode in sorted(counts):
            print("%-8s %5d runs, %d failed (%.0f s)" % (mode, counts[mode], failed.get(mode, 0), spent[mode]))
        if "undo" in counts:
            print("undo: %d kills in the middle of a step, %d of them in the pillar's delete or its redo"
                  % (in_flight.get("undo", 0), in_flight.get("pillar", 0)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (RUNS - len(failed_runs), len(failed_runs)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""A/B of installed application images at cold start: each launcher started in turn, round after round, so that the
load of a shared machine falls on all alike; from process spawn to the first frame (FIRST_FRAME, -Dcpatlas.firstFrame=
exit), and the processor time of the process and of each of its threads at that moment (from /proc). On two
processors the first frame is bound by the processor time of the whole process, which a loaded machine scatters far
less than the wall time. Standard library only; run it under a display (xvfb-run).

Usage: bench/installed_ab.py ROUNDS NAME=LAUNCHER[::EXTRA JVM OPTIONS] ...
  e.g. xvfb-run -a -s "-screen 0 1920x1080x24" bench/installed_ab.py 10 hello=.../bin/hello main=A/bin/cpatlas new=B/bin/cpatlas
The first launcher is the reference of the ratios. Each is started once before the rounds (database, caches, disk);
in a new scratch home the basemap tiles of the first view reach the disk only over several starts, so run a short
session first.
Scratch settings, data and cache in bench/target/work/ab/home (never the user's); with AB_OWN_HOMES=1 in
bench/target/work/ab/home/<NAME>, one per launcher (builds alternated in one home re-check the database at each start). bench/variant-image.sh makes an
installed image from a jar."""
import os, re, statistics, subprocess, sys, time

HOME = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'target', 'work', 'ab', 'home')
CPU, THREADS = {}, {}


def env(extra, name=''):
    e = dict(os.environ)
    # AB_OWN_HOMES=1: a scratch home per launcher (HOME/<name>). In one shared home, two atlas builds alternated
    # check the database in full at every start (the memo of checked files keeps one build's line per file, and
    # each start replaces the other's): 70-100 ms more on the store thread of both, which no user pays.
    home = os.path.join(HOME, name) if os.environ.get('AB_OWN_HOMES') == '1' and name else HOME
    for k, sub in (('XDG_DATA_HOME', 'data'), ('XDG_CACHE_HOME', 'cache'), ('XDG_CONFIG_HOME', 'config')):
        e[k] = os.path.join(home, sub)
    e['JAVA_TOOL_OPTIONS'] = ('-Dcpatlas.firstFrame=exit ' + extra).strip()
    return e


def ticks_ms(stat_line):
    fields = stat_line.rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 // os.sysconf('SC_CLK_TCK')


def once(name, launcher, extra):
    t0 = time.time() * 1000
    # From the scratch home, as from a desktop menu (from the repository the atlas would read ./maps, not its jar's).
    os.makedirs(HOME, exist_ok=True)
    p = subprocess.Popen([launcher], env=env(extra, name), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                         cwd=HOME)
    first = None
    for line in p.stdout:
        m = re.search(r'FIRST_FRAME (\d+)', line)
        if m:
            first = int(m.group(1))
            CPU.setdefault(name, []).append(ticks_ms(open('/proc/%d/stat' % p.pid).read()))
            per = {}
            for tid in os.listdir('/proc/%d/task' % p.pid):
                try:
                    thread = re.sub(r'[0-9]+$', '#', open('/proc/%d/task/%s/comm' % (p.pid, tid)).read().strip())
                    per[thread] = per.get(thread, 0) + ticks_ms(open('/proc/%d/task/%s/stat' % (p.pid, tid)).read())
                except OSError:
                    pass  # a thread that ended meanwhile
            THREADS.setdefault(name, []).append(per)
    p.wait()
    if first is None:
        raise SystemExit('%s printed no first frame' % launcher)
    return first - t0


def main():
    rounds = int(sys.argv[1])
    runs = []
    for arg in sys.argv[2:]:
        name, rest = arg.split('=', 1)
        launcher, _, extra = rest.partition('::')
        runs.append((name, launcher, extra))
    for name, launcher, extra in runs:
        once(name, launcher, extra)
    CPU.clear()
    THREADS.clear()
    wall = {name: [] for name, _, _ in runs}
    load_start = open('/proc/loadavg').read().split()[0]
    for _ in range(rounds):
        for name, launcher, extra in runs:
            wall[name].append(once(name, launcher, extra))
    print('load %s .. %s, %d rounds' % (load_start, open('/proc/loadavg').read().split()[0], rounds))
    reference = statistics.median(wall[runs[0][0]])
    for name, _, _ in runs:
        s = sorted(wall[name])
        print('%-10s first frame min / median / max %5.0f / %5.0f / %5.0f ms  %.3fx  processor time %5.0f ms'
              % (name, s[0], statistics.median(s), s[-1], statistics.median(s) / reference,
                 statistics.median(CPU[name])))
    for name, _, _ in runs:
        # Threads that ended before the first frame (the loading and store threads) are no longer in /proc.
        ended = [c - sum(t.values()) for c, t in zip(CPU[name], THREADS[name])]
        print('  %s threads ended before the first frame (loading, store): %d ms (median)'
              % (name, statistics.median(ended)))
    for name, _, _ in runs:
        per = THREADS[name]
        names = sorted({t for r in per for t in r}, key=lambda t: -statistics.median([r.get(t, 0) for r in per]))
        print('  %s threads (ms, median):' % name,
              ', '.join('%s %d' % (t, statistics.median([r.get(t, 0) for r in per])) for t in names[:8]))


if __name__ == '__main__':
    main()

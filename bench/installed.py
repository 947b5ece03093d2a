#!/usr/bin/env python3
"""Cold start and size of the atlas as a Linux user installs it (the .deb of scripts/package.sh), against a bare
JavaFX window packaged the same way (bench/hello-image.sh), both measured in this run; writes
bench/results-installed.md (quoted in bench/README.md) and bench/results-installed-raw.json.
Called by bench/run-installed.sh, which provides the X display. Standard library only."""
import argparse, datetime, glob, json, os, re, shutil, statistics, subprocess, sys, time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
WORK = os.path.join(BENCH, 'target', 'work', 'installed')
# Both launchers get the same option: the atlas reads it (app.FirstFrameReport), the bare window prints anyway.
PROBE = '-Dcpatlas.firstFrame=exit'


def env():
    e = dict(os.environ)
    for k, sub in (('XDG_DATA_HOME', 'data'), ('XDG_CACHE_HOME', 'cache'), ('XDG_CONFIG_HOME', 'config')):
        e[k] = os.path.join(WORK, 'home', sub)  # never the user's database, caches or settings
    e['JAVA_TOOL_OPTIONS'] = PROBE
    return e


def mb(path):
    out = subprocess.run(['du', '-sb', path], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0]) / 1e6


def unpack(deb, name, archive):
    """The .deb unpacked into a scratch root (dpkg -x), with what its postinst does when archive is true."""
    root = os.path.join(WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    subprocess.run(['dpkg-deb', '-x', deb, root], check=True)
    inst = os.path.join(root, 'opt', 'cpatlas')
    size = mb(inst)
    if archive:
        subprocess.run([os.path.join(inst, 'lib', 'app', 'make-startup-archive'), inst], check=True)
    return os.path.join(inst, 'bin', 'cpatlas'), size


def once(launcher):
    t0 = time.time() * 1000
    # Started from the scratch home, as from a desktop menu: from the repository the atlas would find ./maps and
    # read those files instead of the maps bundled in its jar, which is not what an installed atlas does.
    home = os.path.join(WORK, 'home')
    os.makedirs(home, exist_ok=True)
    p = subprocess.run([launcher], env=env(), capture_output=True, text=True, timeout=180, cwd=home)
    m = re.search(r'FIRST_FRAME (\d+)', p.stdout)
    if not m:
        raise SystemExit('%s printed no first frame:\n%s' % (launcher, p.stderr[-3000:]))
    return int(m.group(1)) - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    # 15 rounds: at 9, two runs a minute apart on a machine at load 2 gave 1.23x and 1.48x for the same .deb.
    ap.add_argument('--runs', type=int, default=15)
    args = ap.parse_args()
    debs = sorted(glob.glob(os.path.join(ROOT, 'target', 'dist', 'cpatlas_*_amd64.deb')))
    if not debs:
        raise SystemExit('no .deb in target/dist: make it first with scripts/package.sh --linux-only')
    os.makedirs(WORK, exist_ok=True)
    load_start = open('/proc/loadavg').read().split()[0]
    start = time.time()
    atlas, image_mb = unpack(debs[-1], 'installed', archive=True)
    plain, _ = unpack(debs[-1], 'unpacked', archive=False)
    hello_dir = subprocess.run([os.path.join(BENCH, 'hello-image.sh'), os.path.join(WORK, 'hello')], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    hello = os.path.join(hello_dir, 'bin', 'hello')
    series = {'atlas': [], 'atlas_noarchive': [], 'hello': []}
    launchers = {'atlas': atlas, 'atlas_noarchive': plain, 'hello': hello}
    for name, launcher in launchers.items():
        once(launcher)  # the first start builds the database and the caches, and warms the disk cache
    for _ in range(args.runs):
        for name, launcher in launchers.items():  # interleaved, so that load on the machine hits all alike
            series[name].append(once(launcher))
    sizes = {'image': image_mb, 'deb': os.path.getsize(debs[-1]) / 1e6, 'hello_image': mb(hello_dir)}
    load_end = open('/proc/loadavg').read().split()[0]
    write(series, sizes, os.path.basename(debs[-1]), load_start, load_end, time.time() - start)


def stats(s):
    return '%.0f / %.0f / %.0f ms (n=%d)' % (min(s), statistics.median(s), max(s), len(s))


def write(series, sizes, deb, load_start, load_end, elapsed):
    ratio = statistics.median(series['atlas']) / statistics.median(series['hello'])
    ratio_plain = statistics.median(series['atlas_noarchive']) / statistics.median(series['hello'])
    # The load of a shared machine changes within a run; a round's two starts, a few seconds apart, share more of it.
    paired = statistics.median(a / h for a, h in zip(series['atlas'], series['hello']))
    jdk = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.strip().splitlines()
    lines = [
        '# Installed application: cold start and size',
        '',
        'Produced by `bench/run-installed.sh` on %s in %.0f s from `target/dist/%s`; every ratio is ours / reference,'
        ' both measured in this run (min / median / max).' % (datetime.datetime.now().strftime('%Y-%m-%d %H:%M'),
                                                           elapsed, deb),
        '',
        '- Machine: %s cores; JDK used by jpackage: %s' % (os.cpu_count(), ' / '.join(jdk[:2])),
        '- Load average (1 min) at start / end: %s / %s (a shared machine inflates and scatters every figure)'
        % (load_start, load_end),
        '- Both started by their jpackage launcher under Xvfb 1920x1080x24, with `JAVA_TOOL_OPTIONS=%s`; the time is'
        ' from process spawn to the end of painting the first frame (the atlas: loaded, every region tile in view'
        ' drawn)' % PROBE,
        '',
        '| Benchmark | Ours | Reference | Ratio | Target | Result |',
        '|---|---|---|---|---|---|',
        '| Cold start of the installed .deb (launcher, jlinked runtime, start-up archive made at install) | %s |'
        ' bare JavaFX window, jlinked image: %s | %.4g (median) | ≤ 1.3× | %s |'
        % (stats(series['atlas']), stats(series['hello']), ratio, 'pass' if ratio <= 1.3 else '**miss**'),
        '|   the same, round by round (each start against the bare window started next to it) | – | – | %.4g'
        ' (median of the rounds\' ratios) | info | info |' % paired,
        '|   the same image without the archive (the tarball, or the .deb unpacked by hand) | %s | the same | %.4g'
        ' (median) | info | info |' % (stats(series['atlas_noarchive']), ratio_plain),
        '| Application image on disk (before the archive) | %.1f MB | hello image: %.1f MB | %.4g | ≤ 90 MB | %s |'
        % (sizes['image'], sizes['hello_image'], sizes['image'] / sizes['hello_image'],
           'pass' if sizes['image'] <= 90 else '**miss**'),
        '| .deb | %.1f MB | – | – | ≤ 90 MB | %s |' % (sizes['deb'], 'pass' if sizes['deb'] <= 90 else '**miss**'),
        '',
    ]
    text = '\n'.join(lines)
    open(os.path.join(BENCH, 'results-installed.md'), 'w').write(text)
    json.dump({'series': series, 'sizes_mb': sizes, 'load': [load_start, load_end]},
              open(os.path.join(BENCH, 'results-installed-raw.json'), 'w'), indent=1)
    readme = os.path.join(BENCH, 'README.md')
    r = open(readme).read()
    if '<!-- installed:begin -->' in r:
        r = re.sub(r'(<!-- installed:begin -->\n).*(<!-- installed:end -->)',
                   lambda m: m.group(1) + text + m.group(2), r, flags=re.S)
        open(readme, 'w').write(r)
    print(text)


if __name__ == '__main__':
    main()

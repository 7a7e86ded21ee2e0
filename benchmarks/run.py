"""feedpub's benchmarks: build, rebuild, validate and serve, against Hugo and nginx.

Every timing is the median of ``--runs`` runs (min and max shown). Peak memory is the
largest proportional resident size (PSS) of the whole process tree, sampled every 20 ms in
one more run of each measurement, which is not timed. Ratios compare runs made side by
side in this one invocation, since the machine is shared and noisy.

    python benchmarks/run.py --sizes 1000 10000 100000

Results go to benchmarks/results/<date>-<HHMM>-<sizes>.json with the machine's core count
and the versions used. Hugo, nginx and wrk are installed from Debian's packages when missing.

Everything is written under a new ``run-<time>`` folder of ``--work`` and deleted only once
every run is timed (``--keep`` keeps it). Deleting while timing would skew the timings: ext4
passes over inodes freed in the last minutes when it allocates new ones, so a build run just
after another build's files were deleted spends several times as long in the kernel (at 10k,
17 s of system time instead of 4).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
REFERENCE = "2025-11-10"
TARGETS = {
    "cold_build_10k_vs_hugo": "feedpub/Hugo wall-time ratio <= 2.0 at 10k",
    "cold_build_100k_peak_mb": "peak memory < 1024 MB at 100k",
    "one_changed_100k_s": "< 1 s at 100k (feedpub build, and from the write to serving it under serve --watch)",
    "validate_per_s_10k": ">= 6000 articles/s at 10k",
    "serve_gzip_vs_nginx": "feedpub/nginx requests/s >= 0.5 (gzip GET)",
    "serve_304_vs_nginx": "feedpub/nginx requests/s >= 0.33 (conditional GET, 304)",
}


def _tree_rss(pid: int) -> int:
    """Proportional resident bytes (PSS) of a process and all its descendants.

    PSS splits pages that forked workers share with their parent, so a build on two cores
    is not counted as three copies of the interpreter.
    """
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += int(re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE).group(1)) * 1024  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str]) -> float:
    """Wall seconds of ``command``, which must succeed (exit 0 or 1)."""
    started = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    _check_succeeded(command, completed.returncode, completed.stderr)
    return elapsed


def peak_memory(command: list[str]) -> dict[str, float]:
    """The peak MB of ``command``'s process tree, sampled every 20 ms while it runs (a run
    that is not timed), in the shape of :func:`stats`."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, stderr = process.communicate()
    done.set()
    sampler.join()
    _check_succeeded(command, process.returncode, stderr)
    return stats([peak / 2**20])


def _check_succeeded(command: list[str], code: int, stderr: bytes) -> None:
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed ({code}): {stderr.decode()[-2000:]}")


def stats(values: list[float]) -> dict[str, float]:
    """Median, min and max."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": len(values)}


def repeat(runs: int, prepare: Callable[[int], list[str]]) -> dict[str, Any]:
    """One run of the command ``prepare(0)`` returns (once it has set the run up) whose
    memory is sampled, then ``runs`` timed runs (1, 2, ...) that are not.

    Sampling reads the process tree's ``/proc`` every 20 ms, and that costs the process:
    twelve alternating one-changed builds at 100k took a median of 0.84 s sampled against
    0.76 s not.
    """
    peak = peak_memory(prepare(0))
    walls = [measure(prepare(run)) for run in range(1, runs + 1)]
    return {"seconds": stats(walls), "peak_mb": peak}


def ensure(command: str, package: str) -> str:
    """The path of a Debian tool, installed when missing."""
    completed = subprocess.run(
        [str(ROOT / "scripts" / "apt-ensure"), command, package], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(completed.stderr.strip())
    return completed.stdout.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not answer")


def feedpub(*arguments: str) -> list[str]:
    return [str(BIN / "feedpub"), *arguments]


def _build(config: Path) -> list[str]:
    return feedpub("build", "--config", str(config), "--reference-date", REFERENCE, "--quiet")


#: ext4 without a journal (as on this project's machine) does not reuse an inode freed in
#: the last 60 s (5 min while its inode table block is unwritten), and every new file pays
#: for passing over each such inode: a 1k cold build made just after a few rebuilds had
#: pruned their old files took 3.0 s, against 1.9 s.
RECENTLY_DELETED_SECONDS = 65


def let_deletions_settle() -> None:
    """Write out what the rebuilds deleted and wait until ext4 no longer passes over it."""
    os.sync()
    time.sleep(RECENTLY_DELETED_SECONDS)


def bench_build(size: int, work: Path, runs: int, hugo: str | None) -> dict[str, Any]:
    """Cold build, no-op, one changed and one added article; Hugo on the same stories.

    The corpus's own folder is built first, with its memory sampled, and the rebuilds are
    timed on it next, beside that one output as a newsroom's are: after the other cold
    runs, each writing a whole archive, the kernel's cache of file names is swollen, and
    one ``stat`` of each of 100k files took 0.53-0.66 s instead of 0.24-0.35 s. The
    stories the rebuilds add are then removed, the files their prunes deleted are left to
    settle (:func:`let_deletions_settle`), and the timed cold runs (feedpub's, then
    Hugo's) each write into folders no build has used.
    """
    site = work / f"feedpub-{size}"
    hugo_site = work / f"hugo-{size}"
    stories = corpus.generate(size)
    corpus.write_corpus(stories, site)
    if hugo:
        corpus.write_hugo_site(stories, hugo_site)
    build = _build(site / "feedpub.toml")
    articles = sorted((site / "articles").iterdir())

    def cold(run: int) -> list[str]:
        folder = work / f"feedpub-{size}-cold-{run}"
        folder.mkdir()
        config = f"articles = {json.dumps(str(site / 'articles'))}\n" + (site / "feedpub.toml").read_text("utf-8")
        (folder / "feedpub.toml").write_text(config, encoding="utf-8")
        return _build(folder / "feedpub.toml")

    def change(run: int) -> list[str]:
        with articles[run * 7 % len(articles)].open("a", encoding="utf-8") as handle:
            handle.write(f"A correction was added in run {run}.\n")
        return build

    def add(run: int) -> list[str]:
        (site / "articles" / f"added-{run}.txt").write_text(
            f"Added story {run}\nLONDON, Nov 9 (Reuters) - A story added in run {run}.\n", encoding="utf-8"
        )
        return build

    peak = peak_memory(build)
    results: dict[str, Any] = {"articles": size}
    results["noop"] = repeat(runs, lambda _: build)
    results["one_changed"] = repeat(runs, change)
    results["one_added"] = repeat(runs, add)
    for added in (site / "articles").glob("added-*.txt"):
        added.unlink()
    let_deletions_settle()
    cold_walls = [measure(cold(run)) for run in range(1, runs + 1)]
    results["cold"] = {"seconds": stats(cold_walls), "peak_mb": peak}
    if hugo:

        def hugo_cold(run: int) -> list[str]:
            out = work / f"hugo-{size}-cold-{run}"
            return [hugo, "--quiet", "-s", str(hugo_site), "-d", str(out / "public"), "--cacheDir", str(out / "cache")]

        results["hugo_cold"] = repeat(runs, hugo_cold)
        results["ratio_cold_vs_hugo"] = results["cold"]["seconds"]["median"] / results["hugo_cold"]["seconds"]["median"]
    return results


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
        return bytes(response.read())


def _status(base: str) -> dict[str, Any]:
    return dict(json.loads(_get(f"{base}/status")))


def _page_has(page: str, line: str) -> bool:
    return line.encode() in _get(page)


def _published_is(base: str, count: int) -> bool:
    return bool(_status(base)["published"] == count)


def _until(started: float, check: Callable[..., bool], *arguments: Any, seconds: float = 60) -> float:
    """Seconds from ``started`` until ``check(*arguments)`` holds, polling every 20 ms."""
    while not check(*arguments):
        if time.perf_counter() - started > seconds:
            raise SystemExit("the watcher did not publish the change in time")
        time.sleep(0.02)
    return time.perf_counter() - started


def bench_watch(size: int, work: Path, runs: int) -> dict[str, Any]:
    """Under ``feedpub serve --watch``: seconds from writing a file to serving the change.

    This is the rebuild a newsroom waits for: the watcher's debounce, the rebuild and the
    swap. A changed article counts once its page carries the new line; an added one once
    /status counts it as published.
    """
    site = work / f"feedpub-{size}"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        feedpub("serve", "--watch", "--config", str(site / "feedpub.toml"), "--port", str(port),
                "--reference-date", REFERENCE),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    changed, added, rebuilds = [], [], []
    added_files = [site / "articles" / f"watched-{run}.txt" for run in range(runs)]
    try:
        wait_for(f"{base}/healthz", seconds=1200)
        _until(time.perf_counter(), lambda: bool(_status(base)["watching"]), seconds=120)
        link = re.search(rb"<item>.*?<link>https://news\.example\.org/(.*?)</link>", _get(f"{base}/rss.xml"), re.S)
        assert link is not None, "the feed has no items"
        page = f"{base}/{link.group(1).decode()}"
        article = site / "articles" / f"{Path(link.group(1).decode()).stem}.txt"
        for run in range(runs):
            line = f"A correction seen by the watcher in run {run} at {time.time_ns()}."
            started = time.perf_counter()
            with article.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
            changed.append(_until(started, _page_has, page, line))
            rebuilds.append(_status(base)["seconds"])
            published = _status(base)["published"]
            started = time.perf_counter()
            added_files[run].write_text(
                f"Watched story {run}\nLONDON, Nov 9 (Reuters) - A story added under the watcher in run {run}.\n",
                encoding="utf-8",
            )
            added.append(_until(started, _published_is, base, published + 1))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        for file in added_files:
            file.unlink(missing_ok=True)
    return {"one_changed": stats(changed), "one_added": stats(added), "rebuild": stats(rebuilds)}


def bench_validate(size: int, work: Path, runs: int) -> dict[str, Any]:
    """Articles per second for ``feedpub validate`` over the whole corpus, start-up included."""
    articles = work / f"feedpub-{size}" / "articles"
    command = feedpub("validate", str(articles), "--reference-date", REFERENCE, "-q")
    timing = repeat(runs, lambda _: command)
    count = len(list(articles.iterdir()))
    return {**timing, "articles": count, "per_second": count / timing["seconds"]["median"]}


def _wrk(wrk: str, url: str, headers: list[str], seconds: int) -> float:
    command = [wrk, "-t2", "-c50", f"-d{seconds}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if match is None or non_2xx:
        raise SystemExit(f"wrk against {url} went wrong:\n{output}")
    return float(match.group(1))


def _etag(url: str, encoding: str) -> str:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
        return str(response.headers["ETag"])


def _serve_pair(wrk: str, base: str, runs: int, seconds: int) -> dict[str, Any]:
    url = f"{base}/rss.xml"
    etag = _etag(url, "gzip")
    gzip_runs = [_wrk(wrk, url, ["Accept-Encoding: gzip"], seconds) for _ in range(runs)]
    cached_runs = [_wrk(wrk, url, ["Accept-Encoding: gzip", f"If-None-Match: {etag}"], seconds) for _ in range(runs)]
    return {"gzip_get": stats(gzip_runs), "conditional_304": stats(cached_runs)}


def bench_serve(size: int, work: Path, runs: int, seconds: int) -> dict[str, Any]:
    """wrk against feedpub serve (one worker) and nginx with deploy/nginx.conf, same build."""
    wrk = ensure("wrk", "wrk")
    nginx = ensure("nginx", "nginx")
    site = work / f"feedpub-{size}"
    port = free_port()
    server = subprocess.Popen(
        feedpub("serve", "--config", str(site / "feedpub.toml"), "--port", str(port), "--reference-date", REFERENCE),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz")
        ours = _serve_pair(wrk, f"http://127.0.0.1:{port}", runs, seconds)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    nginx_port = free_port()
    folder = work / "nginx"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "temp").mkdir(parents=True)
    block = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    block = block.replace("listen 80;", f"listen 127.0.0.1:{nginx_port};").replace(
        "/srv/feedpub/public", str(site / "public")
    )
    (folder / "server.conf").write_text(block, encoding="utf-8")
    user = "user root;" if os.geteuid() == 0 else ""
    (folder / "nginx.conf").write_text(
        f"{user}\ndaemon off;\nworker_processes 1;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log;\n"
        f"events {{ worker_connections 1024; }}\nhttp {{ access_log off; client_body_temp_path {folder}/temp;\n"
        f"include {folder}/server.conf; }}\n",
        encoding="utf-8",
    )
    process = subprocess.Popen([nginx, "-c", str(folder / "nginx.conf"), "-p", str(folder)])
    try:
        wait_for(f"http://127.0.0.1:{nginx_port}/rss.xml")
        theirs = _serve_pair(wrk, f"http://127.0.0.1:{nginx_port}", runs, seconds)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {
        "feedpub": ours,
        "nginx": theirs,
        "ratio_gzip": ours["gzip_get"]["median"] / theirs["gzip_get"]["median"],
        "ratio_304": ours["conditional_304"]["median"] / theirs["conditional_304"]["median"],
    }


def _versions(hugo: str | None) -> dict[str, str]:
    found = {"python": platform.python_version(), "feedpub": version("feedpub")}
    for name, command in (("hugo", [hugo or "hugo", "version"]), ("nginx", ["nginx", "-v"]), ("wrk", ["wrk", "-v"])):
        try:
            completed = subprocess.run(command, capture_output=True, text=True, check=False)
            found[name] = (completed.stdout + completed.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            found[name] = "not used"
    return found


def _row(name: str, result: dict[str, Any], key: str = "seconds", unit: str = "s") -> str:
    values = result[key]
    line = f"  {name:<34} {values['median']:>10.2f} {unit:<4}"
    return line.rstrip() if values["runs"] == 1 else f"{line} (min {values['min']:.2f}, max {values['max']:.2f})"


def report(results: dict[str, Any]) -> str:
    """The human-readable table."""
    lines = [f"feedpub benchmarks, {results['cores']} cores, {results['date']}"]
    for size, build in results["builds"].items():
        lines.append(f"{size} articles")
        for name in ("cold", "noop", "one_changed", "one_added", "hugo_cold"):
            if name in build:
                lines.append(_row(f"{name} wall", build[name]))
                lines.append(_row(f"{name} peak memory", build[name], "peak_mb", "MB"))
        if "watch" in build:
            for name in ("one_changed", "one_added"):
                lines.append(_row(f"serve --watch {name.replace('_', ' ')}", {"seconds": build["watch"][name]}))
            lines.append(_row("  of which the rebuild", {"seconds": build["watch"]["rebuild"]}))
        if "ratio_cold_vs_hugo" in build:
            lines.append(f"  {'cold build feedpub/Hugo':<34} {build['ratio_cold_vs_hugo']:>10.2f}")
    if "validate" in results:
        validate = results["validate"]
        lines.append(f"validate {validate['articles']} articles: {validate['per_second']:.0f} articles/s")
    if "serve" in results:
        serve = results["serve"]
        for who in ("feedpub", "nginx"):
            lines.append(_row(f"{who} gzip GET", serve[who], "gzip_get", "rq/s"))
            lines.append(_row(f"{who} conditional GET (304)", serve[who], "conditional_304", "rq/s"))
        lines.append(f"  feedpub/nginx: gzip {serve['ratio_gzip']:.2f}, 304 {serve['ratio_304']:.2f}")
    return "\n".join(lines)


def compile_feedpub(sources: Path | None = None) -> None:
    """Write feedpub's bytecode first (of the package found in ``sources``, else the one
    installed), as installing a package does. From an editable install under
    ``PYTHONDONTWRITEBYTECODE``, every timed process would compile feedpub's sources again
    (some 60 ms each)."""
    import compileall

    if sources is None:
        import feedpub

        sources = Path(feedpub.__file__).parent.parent
    compileall.compile_dir(sources / "feedpub", quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "feedpub-bench")
    parser.add_argument("--no-hugo", action="store_true", help="skip the Hugo comparison")
    parser.add_argument("--no-serve", action="store_true", help="skip the wrk runs")
    parser.add_argument("--serve-seconds", type=int, default=10)
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and builds under --work")
    arguments = parser.parse_args()
    hugo = None if arguments.no_hugo else ensure("hugo", "hugo")
    compile_feedpub()
    started = dt.datetime.now(dt.UTC)
    work = arguments.work / f"run-{started:%Y%m%d-%H%M%S}"
    work.mkdir(parents=True)
    try:
        results = bench_all(arguments, work, hugo, started)
    finally:
        if not arguments.keep:
            print(f"deleting {work} ...", file=sys.stderr)
            shutil.rmtree(work, ignore_errors=True)
    arguments.results.mkdir(parents=True, exist_ok=True)
    name = f"{started:%Y-%m-%d-%H%M}-{'-'.join(str(s) for s in arguments.sizes)}.json"  # never overwrites a run
    (arguments.results / name).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(report(results))
    print(f"written to {arguments.results / name}", file=sys.stderr)


def bench_all(arguments: argparse.Namespace, work: Path, hugo: str | None, started: dt.datetime) -> dict[str, Any]:
    """Every measurement ``arguments`` ask for, with corpora and builds under ``work``."""
    results: dict[str, Any] = {
        "date": started.isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "versions": _versions(hugo),
        "targets": TARGETS,
        "builds": {},
    }
    for size in arguments.sizes:
        print(f"building {size} articles ...", file=sys.stderr)
        results["builds"][str(size)] = bench_build(size, work, arguments.runs, hugo)
        print(f"watching {size} articles ...", file=sys.stderr)
        results["builds"][str(size)]["watch"] = bench_watch(size, work, arguments.runs)
    validate_size = 10000 if 10000 in arguments.sizes else min(arguments.sizes)
    results["validate"] = bench_validate(validate_size, work, arguments.runs)
    if not arguments.no_serve:
        print("serving ...", file=sys.stderr)
        results["serve"] = bench_serve(validate_size, work, arguments.runs, arguments.serve_seconds)
    return results


if __name__ == "__main__":
    main()

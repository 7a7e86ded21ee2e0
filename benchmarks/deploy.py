"""How long ``feedpub deploy`` takes, and how much it sends, against moto's S3 server on loopback.

    python benchmarks/deploy.py --count 1000

Builds a generated corpus, then times a first deploy into an empty bucket, a second deploy
of the same build, and a deploy after one article changed, printing objects uploaded,
bytes, requests the server received and seconds for each. moto is a Python server, so the
first deploy's time is mostly moto's; the numbers that carry over to a real bucket are the
counts, and the time of the unchanged deploy, which is feedpub reading the manifests and
hashing the objects plus one listing request per thousand objects.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from tests.s3server import CREDENTIALS, S3Server, offline_environment

FEEDPUB = str(Path(sys.executable).with_name("feedpub"))


def _run(config: Path, environment: dict[str, str], *arguments: str) -> float:
    started = time.perf_counter()
    subprocess.run([FEEDPUB, *arguments, "--config", str(config), "--quiet"], env=environment, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="articles in the corpus")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="feedpub-deploy-bench-") as work:
        folder = Path(work)
        stories = corpus.generate(options.count)
        corpus.write_corpus(stories, folder / "site")
        server = S3Server(folder)
        try:
            server.client().create_bucket(Bucket="bench")
            config = folder / "site" / "feedpub.toml"
            target = f'\n[[deploy]]\nname = "bench"\nurl = "s3://bench/site"\nendpoint_url = "{server.url}"\n'
            config.write_text(config.read_text(encoding="utf-8") + target, encoding="utf-8")
            environment = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
            environment |= CREDENTIALS | offline_environment(folder)
            _run(config, environment, "build", "--reference-date", "2025-11-10")
            changed = folder / "site" / "articles" / f"{stories[0].id}.txt"
            for label in ("first deploy", "unchanged deploy", "one article changed"):
                if label == "one article changed":
                    changed.write_text(changed.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
                    _run(config, environment, "build", "--reference-date", "2025-11-10")
                server.forget_requests()
                seconds = _run(config, environment, "deploy")
                requests = server.requests()
                puts = [r for r in requests if r.method == "PUT"]
                sent = sum(int(r.headers.get("content-length", "0")) for r in puts)
                print(
                    f"{options.count} articles, {label}: {len(puts)} objects uploaded, {sent / 1024:.1f} KiB,"
                    f" {len(requests)} requests, {seconds:.2f} s"
                )
        finally:
            server.close()


if __name__ == "__main__":
    main()

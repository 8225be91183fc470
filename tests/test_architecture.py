"""The layers: the core is a library that never loads the CLI or the rendering stack."""

from __future__ import annotations

import ast
import subprocess
import sys

from .conftest import ROOT

CORE_CHECK = """
import sys
import newscli
article = newscli.parse(open(sys.argv[1], encoding="utf-8").read())
newscli.summary_of(article); newscli.quotes_in(article)
newscli.timeline_of(article); newscli.people_in(article)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("typer", "rich", "click"))
print(",".join(loaded))
"""


JSON_CHECK = """
import sys
from newscli.cli import main
sys.argv = ["newscli", "summary", "--json", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
print(",".join(m for m in sys.modules if m.split(".")[0] == "rich"), file=sys.stderr)
"""


def _run_on_seed(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter with the sample article as its argument."""
    return subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "samples" / "seed.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )


def test_core_never_loads_typer_or_rich() -> None:
    assert _run_on_seed(CORE_CHECK).stdout.strip() == ""


def test_json_output_never_loads_rich() -> None:
    proc = _run_on_seed(JSON_CHECK)
    assert proc.stdout.lstrip().startswith("{")
    assert proc.stderr.strip() == ""


def test_nothing_imports_click() -> None:
    for path in [*(ROOT / "newscli").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] != "click" for a in node.names), path
            elif isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] != "click", path

"""The command line: ``carewales authorities`` and ``carewales authority KEY``."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import all_authorities
from carewales import testing as cwst
from carewales._cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


class TestAuthoritiesCommand:
    def test_table_in_english(self):
        """The table lists all 22 in code order with a heading, in English by default."""
        status, out, err = run("authorities")
        assert status == 0
        assert not err
        lines = out.splitlines()
        assert lines[0].split()[:2] == ["Code", "Name"]
        assert len(lines) == 2 + 22
        assert [line.split()[0] for line in lines[2:]] == [a.code for a in all_authorities()]
        assert "Wrexham County Borough Council" in out

    def test_table_in_welsh(self):
        """`--lang cy` gives Welsh headings and names."""
        status, out, _ = run("authorities", "--lang", "cy")
        assert status == 0
        assert out.startswith("Cod")
        assert "Cyngor Bwrdeistref Sirol Wrecsam" in out
        assert "Gogledd Cymru" in out


class TestAuthorityCommand:
    @given(cwst.authorities(), cwst.languages())
    def test_any_authority_in_either_language(self, item, lang):
        """Any authority is shown in full, found by its code, in either language."""
        status, out, _ = run("authority", item.code, "--lang", lang.value)
        assert status == 0
        assert out.startswith(f"{item.name.in_(lang)} ({item.code})")
        assert item.council.in_(lang) in out

    def test_mutated_key(self):
        """A mutated Welsh key works on the command line too."""
        status, out, _ = run("authority", "ym Mhowys", "--lang", "cy")
        assert status == 0
        assert "Cyngor Sir Powys" in out
        assert "6 Ebrill 2016 – hyd heddiw: Powys" in out

    def test_bridgend_history(self):
        """Bridgend's two regions are listed with their dates."""
        _, out, _ = run("authority", "Bridgend")
        assert "6 April 2016 – 31 March 2019: West Glamorgan" in out
        assert "1 April 2019 – to date: Cwm Taf Morgannwg" in out
        assert "Other names: –" in out

    @pytest.mark.parametrize(
        "argv",
        [
            ("authority", "Atlantis"),
            ("authority",),
            ("authorities", "--lang", "fr"),
            ("nonsense",),
            (),
        ],
    )
    def test_errors_exit_2_without_traceback(self, argv):
        """Bad input prints one error line on stderr and exits with status 2."""
        status, out, err = run(*argv)
        assert status == 2
        assert not out
        assert err.startswith("carewales: error:")
        assert "Traceback" not in err

    def test_python_dash_m(self):
        """`python -m carewales` runs the same command line, with the same exit statuses."""
        ok = subprocess.run(
            [sys.executable, "-m", "carewales", "authority", "W06000015"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert ok.returncode == 0
        assert "City and County of Cardiff" in ok.stdout
        bad = subprocess.run(
            [sys.executable, "-m", "carewales", "authority", "Nowhere"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert bad.returncode == 2
        assert "'Nowhere'" in bad.stderr

    def test_version(self, capsys):
        """`--version` prints the version on standard output and exits 0."""
        assert main(["--version"]) == 0
        assert capsys.readouterr().out.startswith("carewales ")
        status, out, err = run("--version")
        assert (status, err) == (0, "")
        assert out.startswith("carewales ")

    def test_console_script_entry_point(self, monkeypatch, capsys):
        """The console script's entry point exits with main's status."""
        from carewales.__main__ import main as entry

        monkeypatch.setattr(sys, "argv", ["carewales", "authority", "Gwynedd"])
        with pytest.raises(SystemExit) as info:
            entry()
        assert info.value.code == 0
        assert "Gwynedd Council" in capsys.readouterr().out

    @given(st.lists(st.text(), max_size=4))
    def test_any_arguments_never_crash(self, argv):
        """Any arguments give status 0 or 2, never an uncaught exception."""
        status, _, _ = run("authority", *argv)
        assert status in {0, 2}


def test_closed_pipe_is_not_an_error():
    """When the reader stops early (`carewales authorities | head -1`) there is no traceback."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys; sys.argv=['carewales','authorities'];"
                "from carewales.__main__ import main; main()"
            ),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate()
    assert process.returncode == 0
    assert b"Traceback" not in err

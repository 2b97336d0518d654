"""The suite never touches the real home: every user folder points into a temporary one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir


def test_user_folders_are_temporary(isolated_home: Path) -> None:
    tmp = Path(tempfile.gettempdir()).resolve()
    for folder in (user_cache_dir("followup"), user_config_dir("followup"), user_data_dir("x")):
        assert Path(folder).resolve().is_relative_to(tmp), folder
    assert Path(user_config_dir("followup")).is_relative_to(isolated_home)
    assert Path(user_data_dir("followup")).is_relative_to(isolated_home)
    assert Path(os.environ["FOLLOWUP_HOME"]).is_relative_to(isolated_home)


def test_each_test_gets_its_own_config(isolated_home: Path, tmp_path: Path) -> None:
    (Path(os.environ["XDG_CONFIG_HOME"]) / "marker").parent.mkdir(parents=True, exist_ok=True)
    (Path(os.environ["XDG_CONFIG_HOME"]) / "marker").write_text("x")
    assert not any(Path(os.environ["XDG_DATA_HOME"]).glob("**/marker"))

"""`errors.py`: one error type for the user, each kind with the exit code scripts rely on."""

from __future__ import annotations

from followup.errors import (
    ExitStatus,
    FollowupError,
    InputError,
    ModelUnavailable,
    RuleFileError,
)


def test_the_exit_codes_are_vales_and_one_for_the_model() -> None:
    assert [int(s) for s in ExitStatus] == [0, 1, 2, 3, 70]
    assert ExitStatus.MODEL_UNAVAILABLE == 3


def test_a_users_error_is_a_usage_error_by_default() -> None:
    for error in (FollowupError("x"), InputError("x"), RuleFileError("x")):
        assert error.status is ExitStatus.USAGE and error.message == str(error) == "x"
    assert FollowupError("x", ExitStatus.FINDINGS).status is ExitStatus.FINDINGS


def test_an_unavailable_model_is_exit_3_and_may_carry_the_attempts_made() -> None:
    error = ModelUnavailable("the model server did not answer")
    assert isinstance(error, FollowupError)
    assert error.status is ExitStatus.MODEL_UNAVAILABLE
    assert error.partial is None

"""`web/pages.py`: the pages rendered from the package's templates; the plan page computes
`followup plan` from the form's fields, with the same parsing and the same error lines."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from followup.timing import KINDS
from followup.web.pages import PlanForm, environment, plan_of, plan_page_data

TODAY = "2026-11-25"


def test_the_templates_escape_user_text() -> None:
    template = environment().from_string("<p>{{ name }}</p>")
    assert template.render(name="<script>x</script>") == "<p>&lt;script&gt;x&lt;/script&gt;</p>"


def test_a_plan_from_the_forms_fields() -> None:
    plan = plan_of(PlanForm(interviewed="2026-11-24", today=TODAY))
    assert plan.headline == "Send the thank-you now."
    sent = PlanForm(interviewed="2026-11-10", sent={"thank-you": "2026-11-10"}, today=TODAY)
    assert plan_of(sent).headline == "Send a check-in now."


def test_the_forms_errors_are_the_clis_lines() -> None:
    page = plan_page_data(PlanForm(interviewed="someday", today=TODAY))
    assert page.plan is None
    assert page.error is not None and page.error.startswith("--interviewed: 'someday' is not")
    assert page.rows == [] and page.rows_error is None


def test_no_interview_date_no_plan() -> None:
    page = plan_page_data(PlanForm(today=TODAY))
    assert (page.plan, page.error) == (None, None)


def test_the_form_is_read_from_the_query_and_filled_again(client: TestClient) -> None:
    shown = client.get(
        "/plan", params={"interviewed": "2026-11-24", "today": TODAY, "sent_nudge": ""}
    )
    assert shown.status_code == 200
    assert 'value="2026-11-24"' in shown.text
    assert '<p class="headline">Send the thank-you now.</p>' in shown.text
    wrong = client.get("/plan", params={"interviewed": "someday", "today": TODAY})
    assert "--interviewed: &#39;someday&#39; is not a date I can read" in wrong.text


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_a_sent_field(client: TestClient, kind: str) -> None:
    assert f'name="sent_{kind}"' in client.get("/plan").text

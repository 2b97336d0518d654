// The lint page: the email is checked as you type (debounced); findings are highlighted in the
// text and listed with the rule's explanation.
import { debounce, postJSON, renderFindings, renderMarked, showMessage } from "./common.js";

const email = document.getElementById("email");
const kind = document.getElementById("lint-kind");
let latest = 0; // answers to older requests are dropped

async function check() {
  const asked = ++latest;
  if (!email.value.trim()) {
    document.getElementById("summary").textContent = "Nothing checked yet.";
    document.getElementById("lint-view").replaceChildren();
    document.getElementById("findings").replaceChildren();
    return;
  }
  try {
    const response = await postJSON("/api/lint", { text: email.value, kind: kind.value });
    const data = await response.json();
    if (asked !== latest) return;
    showMessage("");
    const counts = { error: 0, warning: 0, suggestion: 0 };
    for (const f of data.findings) counts[f.level] += 1;
    const how = data.detected ? "read as" : "checked as";
    document.getElementById("summary").textContent =
      `${how} a ${data.kind}: ${counts.error} error(s), ${counts.warning} warning(s), ` +
      `${counts.suggestion} suggestion(s); ${data.stats.words} words, grade ${data.stats.grade.toFixed(1)}`;
    renderMarked(document.getElementById("lint-view"), email.value, 0, data.findings);
    renderFindings(document.getElementById("findings"), data.findings, data.rules);
  } catch (error) {
    if (asked === latest) showMessage(error.message);
  }
}

email.addEventListener("input", debounce(check, 300));
kind.addEventListener("change", check);
// text typed (or restored by the browser) before this module ran has had no input event of its
// own: check it now, so the view never waits for a keystroke that already happened
if (email.value.trim()) check();

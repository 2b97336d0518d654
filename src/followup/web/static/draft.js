// The draft page: notes in, what was understood (editable), a draft with its progress, the
// draft with its findings in place, and ways to take it to a mail program.
import { debounce, el, postEvents, postJSON, renderFindings, renderMarked, showMessage } from "./common.js";

const $ = (id) => document.getElementById(id);
const notes = $("notes");
const FACTS = ["to", "salutation", "company", "role", "sender"];
const DETAILS = ["learned", "contributions"]; // one per line
const edited = new Set(); // the facts the user changed: sent as overrides, as CLI flags are

function lines(text) {
  return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

function names() {
  const out = {};
  for (const name of FACTS) if (edited.has(name)) out[name] = $(`f-${name}`).value;
  for (const name of DETAILS) if (edited.has(name)) out[name] = lines($(`f-${name}`).value);
  return out;
}

function chosenPanel() {
  return [...document.querySelectorAll("#panel-list input:checked")].map((box) => box.value);
}

function showUnderstood(data) {
  $("facts").hidden = false;
  for (const name of FACTS) {
    if (!edited.has(name)) $(`f-${name}`).value = data.facts[name] || "";
  }
  $("f-title").textContent = data.title ? `Their title, as the notes give it: ${data.title}` : "";
  for (const name of DETAILS) {
    if (!edited.has(name)) $(`f-${name}`).value = data[name].join("\n");
  }
  $("details-none").hidden = data.learned.length + data.contributions.length > 0;
  choices($("candidates"), $("candidate-list"), data.candidates, "radio");
  choices($("panel"), $("panel-list"), data.panel, "checkbox");
  const problem = $("problem");
  problem.textContent = data.problem || "";
  problem.hidden = !data.problem;
}

function choices(box, list, people, type) {
  box.hidden = people.length === 0;
  const keep = new Set([...list.querySelectorAll("input:checked")].map((i) => i.value));
  list.replaceChildren();
  people.forEach((person, i) => {
    const input = el("input");
    input.type = type;
    input.name = `${box.id}-choice`;
    input.value = person;
    input.id = `${box.id}-${i}`;
    input.checked = type === "checkbox" ? keep.size === 0 || keep.has(person) : keep.has(person);
    if (type === "radio") {
      input.addEventListener("change", () => {
        $("f-to").value = person;
        edited.add("to");
        understand();
      });
    }
    const label = el("label", "choice", person);
    label.htmlFor = input.id;
    list.append(el("div", "", null));
    list.lastChild.append(input, label);
  });
}

async function understand() {
  if (!notes.value.trim()) return;
  try {
    const response = await postJSON("/api/notes", { text: notes.value, names: names() });
    showMessage("");
    showUnderstood(await response.json());
  } catch (error) {
    showMessage(error.message);
  }
}

function progressLine(text) {
  $("events").append(el("li", "", text));
}

function onEvent(name, data, shown) {
  if (name === "start") progressLine(`writing a ${data.kind} to ${data.to.join(", ")}`);
  else if (name === "model") progressLine(data.description);
  else if (name === "attempt") {
    const verdict = data.passed ? "passed the rules" : `${data.errors} error(s)`;
    progressLine(`attempt ${data.number}: ${verdict} (${data.tokens} tokens, ${data.seconds} s)`);
  } else if (name === "dropped") progressLine("a variant too like another was dropped");
  else if (name === "draft") shown.push(data);
  else if (name === "variants") shown.push(...data.variants);
  else if (name === "error") showMessage(data.message);
  else if (name === "done") progressLine("done");
}

async function run(url, extra) {
  showMessage("");
  $("progress").hidden = false;
  $("events").replaceChildren();
  $("results").replaceChildren();
  const buttons = [$("draft"), $("variants")];
  buttons.forEach((b) => (b.disabled = true));
  const shown = [];
  const body = { text: notes.value, names: names(), kind: $("kind").value, each: chosenPanel(), ...extra };
  try {
    await postEvents(url, body, (name, data) => {
      onEvent(name, data, shown);
      if (name === "draft") $("results").append(card(data));
    });
    if (url.endsWith("variants")) {
      $("results").classList.toggle("side-by-side", shown.length > 1);
      shown.forEach((d, i) => $("results").append(card(d, `Variant ${i + 1}`)));
      if (shown.length < extra.count) progressLine(`only ${shown.length} of ${extra.count} variants were distinct enough and passed the rules`);
    }
  } catch (error) {
    showMessage(error.message);
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

function card(data, heading) {
  const node = $("draft-card").content.firstElementChild.cloneNode(true);
  node.querySelector(".draft-to").textContent = heading || `To ${data.to}`;
  const status = data.fell_back
    ? `No model draft passed the rules in ${data.attempts} attempt(s); this is the guide's template filled from your notes.`
    : `Written by ${data.backend} (${data.model}) in ${data.attempts} attempt(s); it passes every error-level rule.`;
  node.querySelector(".draft-status").textContent = data.accepted ? status : "This draft does not pass the rules.";
  renderMarked(node.querySelector(".subject"), data.subject.text, data.subject.start, data.findings);
  renderMarked(node.querySelector(".body"), data.body.text, data.body.start, data.findings);
  renderFindings(node.querySelector(".findings"), data.findings, null);
  const whole = `${data.subject.text}\n\n${data.body.text}`;
  node.querySelector(".copy").addEventListener("click", () => copy(whole, node.querySelector(".copied")));
  node.querySelector(".eml").addEventListener("click", () => download(data));
  const mailto = node.querySelector(".mailto");
  mailto.href = `mailto:?subject=${encodeURIComponent(data.subject.text)}&body=${encodeURIComponent(data.body.text)}`;
  return node;
}

async function copy(text, status) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = "Copied subject and body.";
  } catch (error) {
    status.textContent = "The browser refused the clipboard: select the text and copy it.";
  }
}

async function download(data) {
  try {
    const response = await postJSON("/api/eml", { subject: data.subject.text, body: data.body.text });
    const url = URL.createObjectURL(await response.blob());
    const link = el("a");
    link.href = url;
    link.download = "follow-up.eml";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (error) {
    showMessage(error.message);
  }
}

// A file dropped on the notes or chosen with the file button: its text becomes the notes.
async function load(file) {
  if (!file) return;
  if (!/\.(md|txt|markdown)$/i.test(file.name)) {
    showMessage(`${file.name}: drop a .md or .txt file`);
    return;
  }
  notes.value = await file.text();
  understand();
}

function dropped(event) {
  event.preventDefault();
  notes.classList.remove("dragging");
  load(event.dataTransfer.files[0]);
}

notes.addEventListener("input", debounce(understand, 500));
notes.addEventListener("dragover", (event) => {
  event.preventDefault();
  notes.classList.add("dragging");
});
notes.addEventListener("dragleave", () => notes.classList.remove("dragging"));
notes.addEventListener("drop", dropped);
$("notes-file").addEventListener("change", (event) => load(event.target.files[0]));
$("read").addEventListener("click", understand);
for (const name of FACTS) {
  $(`f-${name}`).addEventListener("input", () => {
    edited.add(name);
    if (name === "to") edited.delete("salutation"); // a new addressee: greet them afresh
  });
  $(`f-${name}`).addEventListener("change", understand);
}
for (const name of DETAILS) $(`f-${name}`).addEventListener("input", () => edited.add(name));
$("draft").addEventListener("click", () => run("/api/draft", {}));
$("variants").addEventListener("click", () => run("/api/variants", { count: Number($("count").value) || 3, each: [] }));

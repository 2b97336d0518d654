// What the pages share: requests to this server, its event streams, the page's message line,
// and text with findings highlighted in place. User text only ever enters the page as text
// (textContent, setAttribute), never as markup.

export function showMessage(text) {
  const box = document.getElementById("message");
  box.textContent = text;
  box.hidden = !text;
}

async function errorOf(response) {
  try {
    const data = await response.json();
    if (data && typeof data.error === "string") return data.error;
  } catch (e) { /* not JSON: the guard's plain refusal */ }
  return `the server answered ${response.status}`;
}

export async function postJSON(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await errorOf(response));
  return response;
}

// Server-sent events from a POST: calls onEvent(name, data) for each as it arrives.
export async function postEvents(url, body, onEvent) {
  const response = await postJSON(url, body);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message";
      let data = "";
      for (const line of frame.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      onEvent(name, data ? JSON.parse(data) : {});
    }
  }
}

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function note(mark) {
  return `${mark.level} ${mark.rule}: ${mark.message}`;
}

// `text` (which starts at `offset` in the text the marks point into) with each finding that
// falls inside it wrapped in a focusable <mark>; overlapping findings keep the first.
export function renderMarked(container, text, offset, marks) {
  container.replaceChildren();
  const inside = marks
    .filter((m) => m.start !== null && m.start >= offset && m.end <= offset + text.length)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of inside) {
    const start = m.start - offset;
    if (start < at) continue;
    if (start > at) container.append(document.createTextNode(text.slice(at, start)));
    const mark = el("mark", `level-${m.level}`, text.slice(start, m.end - offset));
    mark.tabIndex = 0;
    mark.title = note(m);
    mark.dataset.note = note(m);
    mark.dataset.rule = m.rule;
    container.append(mark);
    at = m.end - offset;
  }
  if (at < text.length) container.append(document.createTextNode(text.slice(at)));
}

// The findings as list items; `rules` (rule id -> description, explain) adds the rule's
// explanation one click away.
export function renderFindings(list, marks, rules) {
  list.replaceChildren();
  for (const m of marks) {
    const item = el("li", `finding level-${m.level}`);
    item.append(el("span", "badge", m.level), " ", el("code", "", m.rule), " ", m.message);
    if (m.match) item.append(" ", el("q", "", m.match));
    if (m.suggestion) item.append(" → ", el("em", "", m.suggestion));
    if (m.start === null) item.append(" ", el("span", "hint", "(the email as a whole)"));
    const rule = rules && rules[m.rule];
    if (rule) {
      const more = el("details");
      more.append(el("summary", "", "why"), el("p", "", rule.description));
      if (rule.explain) more.append(el("p", "explain", rule.explain));
      item.append(more);
    }
    list.append(item);
  }
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

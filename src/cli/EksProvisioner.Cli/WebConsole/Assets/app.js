// The eksprov local console: reads the JSON routes of ConsoleServer and polls them, faster while a run is
// in progress, so the graph and timeline follow a running execution. Plain DOM, no framework, no build.
"use strict";

const state = { environment: null, operation: null, timer: null };
const el = (id) => document.getElementById(id);
const text = (value) => (value === null || value === undefined ? "" : String(value));
const money = (value) => (value === null || value === undefined ? "–" : "$" + Number(value).toFixed(2));
const when = (value) => (value ? new Date(value).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z") : "–");

function cell(row, value, className) {
  const td = row.insertCell();
  td.textContent = text(value);
  if (className) td.className = className;
  return td;
}

function badge(value) {
  const span = document.createElement("span");
  span.className = "badge " + text(value);
  span.textContent = text(value);
  return span;
}

async function getJson(path) {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(path + ": " + response.status);
  return response.json();
}

function route() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  state.environment = parts[0] || null;
  state.operation = parts[1] || null;
}

async function refresh() {
  let busy = false;
  try {
    const environments = await getJson("/api/environments");
    renderEnvironments(environments);
    busy = environments.some((e) => e.phase === "Provisioning" || e.phase === "TearingDown");
    if (!state.environment && environments.length > 0) state.environment = environments[0].name;
    if (state.environment) {
      const detail = await getJson("/api/environments/" + encodeURIComponent(state.environment));
      renderEnvironment(detail);
      const operation = state.operation || (detail.executions.length ? detail.operation : null);
      if (operation) {
        const execution = await getJson("/api/environments/" + encodeURIComponent(detail.name) + "/executions/" + operation);
        renderExecution(execution);
        busy = busy || execution.status === "RUNNING";
      }
    }
    el("refreshed").textContent = "updated " + new Date().toLocaleTimeString();
  } catch (error) {
    el("refreshed").textContent = "cannot reach eksprov console: " + error.message;
  }
  clearTimeout(state.timer);
  state.timer = setTimeout(refresh, busy ? 1000 : 5000);
}

function renderEnvironments(environments) {
  const body = el("environment-rows");
  body.replaceChildren();
  if (environments.length === 0) {
    cell(body.insertRow(), "No environments in this state directory yet: eksprov up FILE --local", "muted").colSpan = 6;
    return;
  }
  for (const e of environments) {
    const row = body.insertRow();
    row.className = "link" + (e.name === state.environment ? " selected" : "");
    row.dataset.environment = e.name;
    row.onclick = () => { location.hash = "#/" + encodeURIComponent(e.name); };
    cell(row, e.name);
    row.insertCell().append(badge(e.phase));
    cell(row, e.owner || "–");
    cell(row, when(e.expiresAt));
    cell(row, money(e.hourlyCostUsd), "num");
    cell(row, money(e.costSoFarUsd), "num");
  }
}

function renderEnvironment(e) {
  const panel = el("environment");
  panel.hidden = false;
  panel.replaceChildren();
  const title = document.createElement("div");
  title.className = "title-row";
  const h2 = document.createElement("h2");
  h2.textContent = e.name + " (" + e.region + ")";
  title.append(h2, badge(e.phase));
  const facts = document.createElement("dl");
  facts.className = "facts";
  const fact = (name, value, className) => {
    const dt = document.createElement("dt"); dt.textContent = name;
    const dd = document.createElement("dd"); dd.textContent = text(value); if (className) dd.className = className;
    facts.append(dt, dd);
  };
  fact("Owner", e.owner || "–");
  fact("Expires", when(e.expiresAt));
  fact("Cost", money(e.hourlyCostUsd) + " per hour, " + money(e.costSoFarUsd) + " so far (simulated time)");
  fact("Last operation", e.operation + " " + e.status);
  if (e.error) fact("Error", e.error + ": " + text(e.cause), "error");
  const runs = document.createElement("table");
  runs.innerHTML = "<thead><tr><th>Execution</th><th>Status</th><th>Started</th><th>Stopped</th><th class='num'>Events</th></tr></thead>";
  const body = runs.createTBody();
  for (const x of e.executions) {
    const row = body.insertRow();
    row.className = "link" + (x.operation === (state.operation || e.operation) ? " selected" : "");
    row.dataset.operation = x.operation;
    row.onclick = () => { location.hash = "#/" + encodeURIComponent(e.name) + "/" + x.operation; };
    cell(row, x.operation === "up" ? "up (provisioning)" : "down (teardown)");
    row.insertCell().append(badge(x.status));
    cell(row, when(x.startDate));
    cell(row, when(x.stopDate));
    cell(row, x.events, "num");
  }
  const resourcesTitle = document.createElement("h3");
  resourcesTitle.textContent = "Resources (" + e.resources.length + ")";
  const resources = document.createElement("ul");
  resources.className = "resources";
  for (const r of e.resources) {
    const li = document.createElement("li"); li.textContent = r; resources.append(li);
  }
  panel.append(title, facts, runs, resourcesTitle, resources);
}

function renderExecution(x) {
  el("execution").hidden = false;
  el("execution-title").textContent = x.environment + ": " + (x.operation === "up" ? "provisioning" : "teardown");
  el("execution-status").replaceWith(Object.assign(badge(x.status), { id: "execution-status" }));
  el("graph").innerHTML = x.svg;
  const body = el("timeline-rows");
  body.replaceChildren();
  for (const e of x.timeline) {
    const row = body.insertRow();
    if (e.retry) row.className = "retry";
    else if (e.error) row.className = "failure";
    cell(row, e.id, "num");
    cell(row, e.seconds === null || e.seconds === undefined ? "" : Number(e.seconds).toFixed(0), "num");
    cell(row, e.type);
    cell(row, e.state || "");
    cell(row, [e.retry, e.error].filter(Boolean).join(" · "));
  }
}

window.addEventListener("hashchange", () => { route(); refresh(); });
route();
refresh();

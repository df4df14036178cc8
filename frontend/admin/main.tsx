import "./admin.css";
import { render } from "preact";
import { App } from "./app.tsx";
import { readSiteInfo, setSite } from "./site.ts";

const root = document.getElementById("app");
if (root) {
  setSite(readSiteInfo(root));
  root.textContent = "";
  render(<App />, root);
}

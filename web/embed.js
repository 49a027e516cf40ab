/*! Social ROI embed: https://github.com/socialroi/socialroi
 *
 * Put the calculator in a page:
 *
 *   <div data-social-roi data-preset="b2b" data-lang="fr"></div>
 *   <script src="https://HOST/web/embed.js" async></script>
 *
 * Every element with data-social-roi becomes an iframe of HOST's /embed page,
 * its options in the URL's #fragment: data-mode (quick, roas, funnel,
 * earned or full), data-preset, data-scenario (a share
 * payload), data-lang, data-currency, data-theme, data-accent, data-sections.
 * Optional: data-title (the iframe's title), data-height (the height until the
 * calculator says its own), data-sandbox (the iframe's sandbox attribute).
 *
 * The iframe is resized to the height the calculator posts. A message counts
 * only when it comes from one of these iframes and from HOST's origin, or
 * from "null" when the iframe is sandboxed without allow-same-origin.
 *
 * No dependencies, ES5, one global: SocialROIEmbed.scan() for placeholders
 * added later.
 */
(function () {
  "use strict";
  if (window.SocialROIEmbed) {
    window.SocialROIEmbed.scan();
    return;
  }

  var MESSAGE = "social-roi:height";
  var OPTIONS = [
    ["mode", "mode"], ["preset", "preset"], ["scenario", "s"], ["lang", "lang"], ["currency", "currency"],
    ["theme", "theme"], ["accent", "accent"], ["sections", "sections"]
  ];
  var frames = [];

  // The site is where this script comes from: https://host/prefix.
  var script = document.currentScript;
  if (!script) {
    var all = document.getElementsByTagName("script");
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/web\/embed\.js(?:[?#].*)?$/.test(all[i].src)) {
        script = all[i];
        break;
      }
    }
  }
  var src = script ? script.src : "";
  var base = src.replace(/\/web\/embed\.js(?:[?#].*)?$/, "");
  var originMatch = /^(https?:\/\/[^\/?#]+)/i.exec(src);
  if (base === src || !originMatch) {
    return; // not loaded as .../web/embed.js: nothing to point at
  }
  var origin = originMatch[1].toLowerCase();

  // The iframe's title when data-title is not given, in the embed's
  // language (data-lang, else the page's, else the reader's). The app's
  // catalog has the same words (embedjs_test.go checks).
  var TITLES = {
    en: "Social media ROI calculator",
    nb: "ROI-kalkulator for sosiale medier",
    sv: "ROI-kalkylator för sociala medier",
    fr: "Calculateur de ROI des réseaux sociaux",
    pl: "Kalkulator ROI mediów społecznościowych",
    tr: "Sosyal medya ROI hesaplayıcısı"
  };

  function title(lang) {
    var tags = [lang, document.documentElement.getAttribute("lang"), navigator.language];
    for (var i = 0; i < tags.length; i++) {
      var b = String(tags[i] || "").toLowerCase().split(/[-_]/)[0];
      if (b === "no" || b === "nn") {
        b = "nb";
      }
      if (TITLES.hasOwnProperty(b)) {
        return TITLES[b];
      }
    }
    return TITLES.en;
  }

  function fragment(el) {
    var parts = [];
    for (var i = 0; i < OPTIONS.length; i++) {
      var v = el.getAttribute("data-" + OPTIONS[i][0]);
      if (v) {
        parts.push(OPTIONS[i][1] + "=" + encodeURIComponent(v).replace(/%2C/g, ","));
      }
    }
    return parts.join("&");
  }

  function scan() {
    var els = document.querySelectorAll("[data-social-roi]");
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (el.getAttribute("data-social-roi") === "done") {
        continue;
      }
      el.setAttribute("data-social-roi", "done");
      var f = document.createElement("iframe");
      var frag = fragment(el);
      f.src = base + "/embed" + (frag ? "#" + frag : "");
      f.title = el.getAttribute("data-title") || title(el.getAttribute("data-lang"));
      f.setAttribute("loading", "lazy");
      f.setAttribute("width", "100%");
      f.setAttribute("frameborder", "0");
      var sandbox = el.getAttribute("data-sandbox");
      if (sandbox !== null) {
        f.setAttribute("sandbox", sandbox);
      }
      var h = parseInt(el.getAttribute("data-height"), 10);
      f.style.display = "block";
      f.style.width = "100%";
      f.style.border = "0";
      f.style.height = (h > 0 && h < 100000 ? h : 640) + "px";
      el.appendChild(f);
      frames.push(f);
    }
  }

  // opaque reports whether the iframe's document has no origin of its own
  // (sandboxed without allow-same-origin): its messages come from "null".
  function opaque(f) {
    var s = f.getAttribute("sandbox");
    return s !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(s);
  }

  function onMessage(e) {
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== MESSAGE) {
      return;
    }
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (!f.contentWindow || e.source !== f.contentWindow) {
        continue;
      }
      if (e.origin !== origin && !(e.origin === "null" && opaque(f))) {
        return;
      }
      var h = Number(d.height);
      if (h > 0 && h < 100000) {
        f.style.height = Math.ceil(h) + "px";
      }
      return;
    }
  }

  window.SocialROIEmbed = { scan: scan };
  if (window.addEventListener) {
    window.addEventListener("message", onMessage, false);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scan, false);
  } else {
    scan();
  }
})();

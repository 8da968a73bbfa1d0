// @ts-check
// Runs in <head> before anything paints: a classic script from a file, since the CSP forbids
// inline ones. The build prerenders the sign-in form into the page (src/prerender.tsx), once per
// language: index.html in English, zh-CN/index.html in Chinese. This script decides whether
// that form may show, or must wait for the app:
// - the form shows at "/" and "/sign-in" (with no query but ?returnTo=), in the visitor's
//   language, when this browser holds no session: it is what the app would draw there;
// - a visitor who wants the other language is sent to that language's page before anything
//   paints (a host with language rules, public/_redirects, has already served it);
// - otherwise (a session may exist, another screen, a scenario link) the page stays blank until
//   the app draws, as it did before prerendering: a signed-in visitor never sees the form flash.
// It also holds a submit, or a link followed, before the app starts, and sends or follows it once
// the app has started, so typing and pressing Enter early neither posts the page nor is lost.
// The storage keys are the app's (src/i18n/index.ts, src/api/session-hint.ts); a unit test
// (src/before-paint.test.ts) keeps them equal and runs every decision here.
(function () {
  var html = document.documentElement;
  // A page without the build's prerendered form (the dev server's) has nothing to decide.
  if (!html.hasAttribute('data-prerendered')) return;
  var chinese = 'zh-CN';
  var languageKey = 'zenconsole.language';
  var sessionKey = 'zenconsole.session';

  /** @param {string} key */
  function read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return 'blocked';
    }
  }

  /** The app's choice: the language switch's, then the browser's (any Chinese is zh-CN). */
  function wantedLanguage() {
    var stored = read(languageKey);
    if (stored === 'en' || stored === chinese) return stored;
    var tags =
      navigator.languages && navigator.languages.length
        ? navigator.languages
        : [navigator.language || 'en'];
    for (var i = 0; i < tags.length; i += 1) {
      var tag = String(tags[i]).toLowerCase();
      if (tag.indexOf('zh') === 0) return chinese;
      if (tag.indexOf('en') === 0) return 'en';
    }
    return 'en';
  }

  // The Chinese page's own address (/zh-CN/, /zh-CN/sign-in) on a host without language rules:
  // opening it chooses Chinese, and the app runs at the plain address.
  var path = location.pathname;
  var door = /^\/zh-CN(\/.*)?$/.exec(path);
  if (door && html.lang === chinese) {
    path = door[1] || '/';
    history.replaceState(history.state, '', path + location.search + location.hash);
    if (wantedLanguage() !== chinese) {
      try {
        window.localStorage.setItem(languageKey, chinese);
      } catch {
        // Not remembered: this visit is still in Chinese.
      }
    }
  }

  var formPath = path === '/' || path === '/sign-in';
  var plainQuery = location.search === '' || /^\?returnTo=[^&]*$/.test(location.search);
  var signedOut = read(sessionKey) === null;
  var wanted = wantedLanguage();
  if (formPath && plainQuery && signedOut && wanted === chinese && html.lang !== chinese) {
    html.setAttribute('data-prerender', 'hide');
    location.replace('/zh-CN' + path + location.search + location.hash);
    return;
  }
  var show = formPath && plainQuery && signedOut && wanted === html.lang;
  html.setAttribute('data-prerender', show ? 'show' : 'hide');

  /** @type {HTMLFormElement | null} */
  var waiting = null;
  var started = false;
  document.addEventListener(
    'submit',
    function (event) {
      if (started) return;
      event.preventDefault();
      if (event.target instanceof HTMLFormElement) waiting = event.target;
    },
    true,
  );
  // A link on the page (Forgot password?) followed before the app starts would load its page
  // afresh and lose what was typed: it is held too, and followed through the app once it has
  // started (the app's link carries the typed email along). A click that opens a new tab or
  // window, or leaves the site, is the browser's.
  /** @type {HTMLAnchorElement | null} */
  var held = null;
  document.addEventListener(
    'click',
    function (event) {
      if (started || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      var target = /** @type {Element | null} */ (event.target);
      var link = target && target.closest ? target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      if (link.origin !== location.origin || link.target !== '') return;
      event.preventDefault();
      held = link;
    },
    true,
  );
  document.addEventListener('zen:app-started', function () {
    started = true;
    var form = waiting;
    var link = held;
    waiting = null;
    held = null;
    // A task later: the app's fields take what was typed early in the same commit's re-render.
    setTimeout(function () {
      if (form && form.isConnected) form.requestSubmit();
      else if (link && link.isConnected) link.click();
    }, 0);
  });
})();

/**
 * The one script of an embed page: it posts the page's height to the parent
 * (public/embed.js sets the iframe's height from it) whenever the content
 * changes size. The height is no secret, so any parent may read it; the
 * parent script checks that the message comes from its own iframe.
 */
export const EMBED_MESSAGE = "parallel-embed:height";

export const RESIZE_SCRIPT = `(function(){if(window.parent===window||typeof ResizeObserver!=="function")return;var last=-1;function post(){var h=Math.ceil(document.body.getBoundingClientRect().height);if(h!==last){last=h;window.parent.postMessage({type:"${EMBED_MESSAGE}",height:h},"*");}}new ResizeObserver(post).observe(document.body);post();})();`;

// The sections a notification links to (#addenda, #questions) exist only once the tender has loaded, after the
// browser's own jump to the fragment has come and gone; this makes the jump again.
export function scrollToFragment() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (target) target.scrollIntoView();
}

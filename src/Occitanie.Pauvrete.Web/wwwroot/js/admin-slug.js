// On a new item's form, the address (slug) follows the title as it is typed, until the person
// types an address of their own. Progressive enhancement: without this script an empty address
// is made from the title when the form is saved (EditorBinder), by the same rule as Slugs.From.

function slugOf(title) {
    const slug = title.replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .toLowerCase()
        .replace(/^-+|-+$/g, '');
    return slug.length <= 80 ? slug : slug.slice(0, 80).replace(/-+$/, '');
}

document.querySelectorAll('input[data-slug-from]').forEach((slug) => {
    const title = document.getElementById(slug.dataset.slugFrom);
    if (!title) {
        return;
    }
    let follows = slug.value === '' || slug.value === slugOf(title.value);
    title.addEventListener('input', () => {
        if (follows) {
            slug.value = slugOf(title.value);
        }
    });
    // Emptied, the address follows the title again.
    slug.addEventListener('input', () => {
        follows = slug.value === '';
    });
});

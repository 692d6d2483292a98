// « Ma sélection », instant: « Ajouter à ma sélection » keeps the item in this browser's list and
// says so without leaving the page; the list becomes the address of /ma-selection, which stays the
// selection itself (the page writes its own list back here, so removing an item there counts).
// Kept in localStorage, never sent to the server, no cookie. Without this script (or without
// storage), the button's GET form opens /ma-selection with the item, and its picker adds the others.

const storageKey = 'ma-selection';
const itemPattern = /^[ma]:[a-z0-9-]{1,120}$/;

function read() {
    try {
        const items = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
        return Array.isArray(items) ? items.filter((item) => typeof item === 'string' && itemPattern.test(item)) : [];
    } catch {
        return [];
    }
}

function write(items) {
    try {
        localStorage.setItem(storageKey, JSON.stringify(items));
        return true;
    } catch {
        return false;
    }
}

// The page's address of a list: measures (m) first, then workshops (a), as the server writes it.
function addressOf(items) {
    const query = new URLSearchParams();
    for (const key of ['m', 'a']) {
        items.filter((item) => item.startsWith(`${key}:`)).forEach((item) => query.append(key, item.slice(2)));
    }
    const text = query.toString();
    return `/ma-selection${text ? `?${text}` : ''}`;
}

function countOf(items) {
    return items.length > 1 ? `${items.length} éléments` : '1 élément';
}

const page = document.getElementById('ma-selection');
if (page) {
    const own = page.dataset.selection;
    write(own ? own.split(' ').filter((item) => itemPattern.test(item)) : []);
}

document.querySelectorAll('form[data-selection-item]').forEach((form) => {
    const item = form.dataset.selectionItem;
    const button = form.querySelector('button');
    const status = form.querySelector('[role="status"]');

    function show(items, justAdded) {
        button.textContent = 'Dans ma sélection';
        const link = document.createElement('a');
        link.className = 'fr-link';
        link.href = addressOf(items);
        link.textContent = `Voir ma sélection (${countOf(items)})`;
        status.replaceChildren(justAdded ? 'Ajouté à votre sélection. ' : '', link);
    }

    if (read().includes(item)) {
        show(read(), false);
    }

    form.addEventListener('submit', (event) => {
        const items = read();
        if (!items.includes(item)) {
            items.push(item);
        }
        // Without storage the list cannot outlive the page: the form opens « Ma sélection » as without script.
        if (!write(items)) {
            return;
        }
        event.preventDefault();
        show(items, true);
    });
});

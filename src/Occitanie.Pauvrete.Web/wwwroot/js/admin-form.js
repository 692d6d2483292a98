// The content editor's helps, as progressive enhancement: without this script the form works the same.
// - Leaving the page with changes not saved asks first (the browser's own « quitter la page ? »).
// - Long lists of checkboxes (publics, porteurs…) get a box that filters them as one types.

// The form's state as it would be sent, the antiforgery token aside.
function stateOf(form) {
    const data = new FormData(form);
    data.delete('__RequestVerificationToken');
    return new URLSearchParams(data).toString();
}

function guard(form) {
    // "always": the form shows what was typed but not saved (a refused save, a row added); "changes": as stored.
    const unsavedAlready = form.dataset.unsavedWarning === 'always';
    const initial = stateOf(form);
    let submitting = false;
    form.addEventListener('submit', (event) => {
        // The preview opens in a new tab: this page stays, with its changes still not saved.
        if (event.submitter?.formTarget !== '_blank') {
            submitting = true;
        }
    });
    window.addEventListener('beforeunload', (event) => {
        if (!submitting && (unsavedAlready || stateOf(form) !== initial)) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    // Back from the next page through the browser's cache: the form is on screen again.
    window.addEventListener('pageshow', () => {
        submitting = false;
    });
}

const normalize = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

let filters = 0;

function filterable(list) {
    const groups = [...list.querySelectorAll('.fr-checkbox-group')];
    const legend = list.closest('fieldset')?.querySelector('legend');
    const name = legend?.firstChild?.textContent.trim() ?? '';
    const id = `filtre-${++filters}`;

    const wrapper = document.createElement('div');
    wrapper.className = 'fr-input-group fr-mb-1w';
    const label = document.createElement('label');
    label.className = 'fr-label';
    label.htmlFor = id;
    label.textContent = name ? `Filtrer la liste « ${name} »` : 'Filtrer la liste';
    const input = document.createElement('input');
    input.className = 'fr-input';
    input.type = 'search';
    input.id = id;
    input.autocomplete = 'off';
    const status = document.createElement('p');
    status.className = 'fr-hint-text';
    status.setAttribute('aria-live', 'polite');
    wrapper.append(label, input, status);
    list.before(wrapper);

    input.addEventListener('input', () => {
        const wanted = normalize(input.value.trim());
        let shown = 0;
        for (const group of groups) {
            const box = group.querySelector('input');
            // A ticked choice stays in view: the person sees what is chosen while filtering.
            const visible = !wanted || box.checked || normalize(group.textContent).includes(wanted);
            group.hidden = !visible;
            shown += visible ? 1 : 0;
        }
        status.textContent = wanted ? `${shown} sur ${groups.length} affichés` : '';
    });
    // « Entrée » in the filter must not send the form.
    input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
            event.preventDefault();
        }
    });
}

document.querySelectorAll('form[data-unsaved-warning]').forEach(guard);
document.querySelectorAll('.admin-choices[data-filterable]').forEach(filterable);

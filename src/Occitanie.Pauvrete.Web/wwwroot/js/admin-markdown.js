// Live preview of markdown fields in the admin, as the public site will show them.
// Progressive enhancement: without this script the form works the same and the preview stays hidden.
// The HTML comes from /admin/apercu-markdown, which renders it with the public site's pipeline
// (raw HTML disabled, then sanitised), so it is put in the page as it is.

const endpoint = '/admin/apercu-markdown';
const delay = 400;

function tokenOf(form) {
    const input = form?.querySelector('input[name="__RequestVerificationToken"]')
        ?? document.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : null;
}

function attach(field) {
    const preview = document.getElementById(field.dataset.markdownPreview);
    const token = tokenOf(field.form);
    if (!preview || !token) {
        return;
    }

    // The view may give the preview its own heading (at the level its page needs); else one is added.
    let heading = preview.querySelector('h2, h3, h4, h5, h6');
    if (!heading) {
        heading = document.createElement('h3');
        heading.className = 'fr-h6';
        heading.textContent = 'Aperçu';
    }
    const body = document.createElement('div');
    preview.replaceChildren(heading, body);
    preview.hidden = false;

    let timer = 0;
    let controller = null;

    async function refresh() {
        controller?.abort();
        controller = new AbortController();
        const data = new URLSearchParams();
        data.append('markdown', field.value);
        data.append('__RequestVerificationToken', token);
        try {
            const response = await fetch(endpoint, {
                method: 'POST',
                body: data,
                credentials: 'same-origin',
                headers: { 'X-Requested-With': 'XMLHttpRequest' },
                signal: controller.signal,
            });
            if (!response.ok) {
                body.textContent = 'L\u2019aperçu n\u2019est pas disponible pour le moment.';
                return;
            }
            body.innerHTML = await response.text();
        } catch (error) {
            if (error.name !== 'AbortError') {
                body.textContent = 'L\u2019aperçu n\u2019est pas disponible pour le moment.';
            }
        }
    }

    field.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(refresh, delay);
    });
    refresh();
}

document.querySelectorAll('textarea[data-markdown-preview]').forEach(attach);

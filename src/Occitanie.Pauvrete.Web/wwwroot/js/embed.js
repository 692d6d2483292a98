// « Intégrer les mesures sur votre site »: a « Copier le code » button, for those who have
// JavaScript. Without it the code stays in its read-only field, to select and copy by hand.

const code = document.getElementById('integrer-code');
const button = document.getElementById('integrer-copier');
const status = document.getElementById('integrer-copie');

async function copy() {
    try {
        // The Clipboard API exists only on secure pages (https, localhost).
        await navigator.clipboard.writeText(code.value);
        return true;
    } catch {
        code.select();
        return document.execCommand('copy');
    }
}

if (code && button && status) {
    button.hidden = false;
    button.addEventListener('click', async () => {
        status.textContent = (await copy())
            ? 'Le code est copié\u00a0: collez-le dans votre page.'
            : 'La copie n\'a pas fonctionné\u00a0: sélectionnez le code ci-dessus et copiez-le.';
    });
}

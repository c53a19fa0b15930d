// returns serve: the little the page does in the browser. Everything works
// without it; it only saves steps.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  // "/" puts the cursor in the query box, as on most search pages.
  const box = document.getElementById('q');
  document.addEventListener('keydown', (e) => {
    if (!box || e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    e.preventDefault();
    box.focus();
    box.select();
  });

  // A comment's page opens at that comment within its return.
  const chosen = document.getElementById('this');
  if (chosen && !location.hash) chosen.scrollIntoView({ block: 'center' });

  // "Copy as a quote": the comment in quotation marks, with who said it.
  for (const button of document.querySelectorAll('button.copy')) {
    button.addEventListener('click', async () => {
      const text = button.dataset.quote || '';
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = 'Copied';
      } catch (err) {
        button.textContent = 'Select the text and copy it';
      }
    });
  }
});

/**
 * Copies text to the clipboard from a click: the async Clipboard API where
 * the page allows it, else a hidden textarea and `execCommand('copy')`
 * (content scripts on some CRM pages are denied the Clipboard API).
 *
 * @example
 * await copyText('7701000001'); // true
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
    doc.body.append(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

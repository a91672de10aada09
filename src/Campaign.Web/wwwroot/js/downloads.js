// Starts the browser's download of a stored file without leaving the page (the circuit stays up).
export function download(url) {
    const link = document.createElement('a');
    link.href = url;
    link.download = '';
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
}

// Sends the chosen file, with any form fields, to an upload endpoint with XMLHttpRequest, which (unlike fetch) reports
// upload progress. The file streams from disk: it is never read into the page's memory. The antiforgery token goes in
// the RequestVerificationToken header; the endpoints refuse an upload without it. The input is cleared once the attempt
// ends, so choosing the same file again starts a new one.
export function upload(input, url, token, fields, maxBytes, progress) {
    return new Promise(resolve => {
        const file = input.files && input.files[0];
        if (!file) {
            resolve({ status: 0, message: "Choose a file to upload." });
            return;
        }
        if (file.size > maxBytes) {
            input.value = "";
            resolve({ status: 0, message: `"${file.name}" is larger than the limit. Upload a smaller file, or split it.` });
            return;
        }
        const form = new FormData();
        for (const [name, value] of Object.entries(fields ?? {})) form.append(name, value);
        form.append("file", file, file.name);
        const request = new XMLHttpRequest();
        request.open("POST", url);
        request.setRequestHeader("RequestVerificationToken", token);
        let reported = -1;
        request.upload.onprogress = e => {
            if (!e.lengthComputable) return;
            const percent = Math.floor(100 * e.loaded / e.total);
            if (percent === reported) return;
            reported = percent;
            progress.invokeMethodAsync("ReportProgress", percent);
        };
        request.onload = () => {
            let message = null;
            try { message = JSON.parse(request.responseText).message ?? null; } catch { }
            input.value = "";
            resolve({ status: request.status, message });
        };
        request.onerror = () => {
            input.value = "";
            resolve({ status: 0, message: "The upload did not reach the portal, so nothing was kept. Check the connection and try again." });
        };
        request.send(form);
    });
}

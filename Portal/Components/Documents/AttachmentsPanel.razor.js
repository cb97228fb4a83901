// Sends one file to the attachments endpoint with XMLHttpRequest, which (unlike fetch) reports upload progress.
// The antiforgery token goes in the RequestVerificationToken header; the endpoint refuses the upload without it.
export function upload(input, url, token, kind, isAppendix, maxBytes, progress) {
    return new Promise(resolve => {
        const file = input.files && input.files[0];
        if (!file) {
            resolve({ status: 0, message: "Choose a file to upload." });
            return;
        }
        if (file.size > maxBytes) {
            resolve({ status: 0, message: `"${file.name}" is larger than the limit. Upload a smaller file, or split it.` });
            return;
        }
        const form = new FormData();
        form.append("kind", kind);
        form.append("isAppendix", isAppendix ? "true" : "false");
        form.append("file", file, file.name);
        const request = new XMLHttpRequest();
        request.open("POST", url);
        request.setRequestHeader("RequestVerificationToken", token);
        request.upload.onprogress = e => {
            if (e.lengthComputable) progress.invokeMethodAsync("ReportProgress", Math.round(100 * e.loaded / e.total));
        };
        request.onload = () => {
            let message = null;
            try { message = JSON.parse(request.responseText).message ?? null; } catch { }
            if (request.status === 201) input.value = "";
            resolve({ status: request.status, message });
        };
        request.onerror = () => resolve({ status: 0, message: "The upload did not reach the portal. Check the connection and try again." });
        request.send(form);
    });
}

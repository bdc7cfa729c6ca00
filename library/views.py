from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET

from library.models import Document


@require_GET
def document_download(request, pk, name):
    """A document, sent as a download under its title and real type, with
    the content type read from its bytes (never the uploader's)."""
    document = get_object_or_404(Document, pk=pk)
    if name != document.download_name():
        # A renamed document keeps its old links working.
        return redirect(document, permanent=True)
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=document.download_name(),
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600"
    return response

"""Where uploaded files go: a folder per kind and a random name, so a file's
name never carries what the uploader called it (names can hold personal data)
and two uploads never collide."""

import uuid
from pathlib import PurePath

from django.utils.deconstruct import deconstructible


@deconstructible
class RandomNameUploadTo:
    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        suffix = PurePath(filename).suffix.lower()[:5]
        return f"{self.folder}/{uuid.uuid4().hex}{suffix}"

    def __eq__(self, other):
        return isinstance(other, RandomNameUploadTo) and other.folder == self.folder

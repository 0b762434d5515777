from django.conf import settings
from django.db import models
from django.urls import reverse

from images.processing import normalise_upload
from people.validators import validate_image_file


def photo_path(person, filename):
    """people/authors/<file> or people/spokespersons/<file>."""
    return f"people/{person._meta.verbose_name_plural}/{filename}"


class Person(models.Model):
    """What authors and spokespersons share: a name, an address, a photo."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    photo = models.ImageField(
        upload_to=photo_path,
        blank=True,
        validators=[validate_image_file],
        help_text="JPEG, PNG, WebP or GIF; at most 10 MB and 40 megapixels.",
    )

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        normalise_upload(self.photo)
        super().save(*args, **kwargs)


class Author(Person):
    """A writer whose name appears in bylines."""

    bio = models.TextField(blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
        help_text="The account that writes as this author; their own articles "
        "are those whose byline includes this author.",
    )

    def get_absolute_url(self):
        return reverse("people:author", kwargs={"slug": self.slug})


class Spokesperson(Person):
    """An official whose words an article quotes."""

    rank = models.CharField(
        max_length=100, blank=True, help_text='As copy writes it: "Senior Colonel".'
    )
    role = models.CharField(
        max_length=100, blank=True, default="spokesperson", help_text='"spokesperson"'
    )
    organization = models.CharField(
        max_length=200, blank=True, help_text='"Ministry of National Defense"'
    )
    organization_abbreviation = models.CharField(
        max_length=30, blank=True, help_text='"MND"'
    )
    country = models.CharField(max_length=100, blank=True)

    class Meta(Person.Meta):
        verbose_name_plural = "spokespersons"

    def get_absolute_url(self):
        return reverse("people:spokesperson", kwargs={"slug": self.slug})

    @property
    def attribution(self):
        """The line news copy writes on first mention.

        "Senior Colonel Ren Guoqiang, spokesperson for the Ministry of National
        Defense (MND)".
        """
        line = " ".join(part for part in (self.rank, self.name) if part)
        organization = self.organization
        if organization and self.organization_abbreviation:
            organization = f"{organization} ({self.organization_abbreviation})"
        if self.role and organization:
            return f"{line}, {self.role} for the {organization}"
        if self.role or organization:
            return f"{line}, {self.role or organization}"
        return line

import uuid

from django.db import migrations, models


def fill(apps, schema_editor):
    Person = apps.get_model("learning", "Person")
    for person in Person.objects.filter(xapi_key__isnull=True).only("pk").iterator():
        Person.objects.filter(pk=person.pk).update(xapi_key=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("learning", "0007_xapi_store")]

    operations = [
        migrations.AddField(
            model_name="person", name="xapi_key", field=models.UUIDField(null=True, editable=False)
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="person",
            name="xapi_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]

app_name = "previews"

urlpatterns = []
